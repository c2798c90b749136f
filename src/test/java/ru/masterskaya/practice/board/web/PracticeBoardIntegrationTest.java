package ru.masterskaya.practice.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.attention.AttentionFixtures;
import ru.masterskaya.practice.attention.AttentionJob;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * The board shows each coordinator the pairs of their scope only: an institution coordinator those
 * where either side works in their organisation, a coordinator those of their territory; others
 * are refused. Stalled pairs come first, filters narrow the rows, the funnel counts the stages.
 */
@MasterskayaIntegrationTest
@Import(AttentionFixtures.class)
class PracticeBoardIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AttentionFixtures fixtures;

    @Autowired
    AttentionJob job;

    @Autowired
    Clock clock;

    Municipality municipality;
    Organisation practitionerSchool;
    Organisation masterSchool;
    Organisation thirdSchool;
    PracticePair stalled;
    PracticePair proposed;
    PracticePair elsewhere;

    @BeforeEach
    void pairsInTwoMunicipalities() {
        municipality = registry.municipality();
        practitionerSchool = registry.school(municipality);
        masterSchool = registry.school(municipality);
        thirdSchool = registry.kindergarten(municipality);
        Person master = registry.teacher(masterSchool, "Досков", "Денис");
        stalled = fixtures.activePair(registry.teacher(practitionerSchool, "Тишина", "Алла"), master);
        proposed = fixtures.proposedPair(registry.teacher(thirdSchool, "Новикова", "Ольга"), master);
        Municipality other = registry.municipality();
        elsewhere = fixtures.activePair(registry.teacher(registry.school(other), "Чужая", "Елена"),
                registry.teacher(registry.school(other), "Чужой", "Егор"));
        job.run(clock.instant().plus(Duration.ofDays(25)));
    }

    @Test
    void aCoordinatorSeesTheirTerritorysPairsStalledFirstWithTheFunnel() throws Exception {
        CurrentUser coordinator = registry.coordinatorOf(municipality, masterSchool);

        String page = board(coordinator, "");

        assertThat(page).contains("data-pair-id=\"" + stalled.getId() + "\"", "data-pair-id=\"" + proposed.getId() + "\"")
                .doesNotContain(elsewhere.getId().toString());
        assertThat(page.indexOf(stalled.getId().toString())).isLessThan(page.indexOf(proposed.getId().toString()));
        assertThat(page).contains("data-formed=\"2\"", "data-agreed=\"1\"", "data-active=\"1\"", "data-completed=\"0\"",
                "data-stalled=\"1\"", "застопорилась", "нет записей в журнале дольше допустимого");
        assertThat(page).contains("id=\"nav-practice-board\"");
    }

    @Test
    void anInstitutionCoordinatorSeesPairsWhereEitherSideWorksInTheirOrganisation() throws Exception {
        String masters = board(registry.deputyOf(masterSchool), "");
        assertThat(masters).contains(stalled.getId().toString(), proposed.getId().toString());

        String practitioners = board(registry.deputyOf(practitionerSchool), "");
        assertThat(practitioners).contains(stalled.getId().toString()).doesNotContain(proposed.getId().toString())
                .doesNotContain(elsewhere.getId().toString());

        String other = board(registry.deputyOf(registry.school(municipality)), "");
        assertThat(other).contains("id=\"board-empty\"", "data-formed=\"0\"");
    }

    @Test
    void peopleWithoutACoordinatingRoleAreRefused() throws Exception {
        CurrentUser teacher = registry.teacherAccount(practitionerSchool);
        mvc.perform(get("/practice/board").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/practice/board/export").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/practice/board")).andExpect(status().is3xxRedirection());
    }

    @Test
    void filtersNarrowTheRowsByHtmxAndTheFunnelFollowsTheOrganisation() throws Exception {
        CurrentUser coordinator = registry.coordinatorOf(municipality, masterSchool);

        String stalledOnly = mvc.perform(get("/practice/board").param("health", "STALLED").header("HX-Request", "true")
                        .session(session()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stalledOnly).contains(stalled.getId().toString()).doesNotContain(proposed.getId().toString())
                .doesNotContain("<html");

        assertThat(board(coordinator, "status=PROPOSED")).contains(proposed.getId().toString()).doesNotContain("data-pair-id=\"" + stalled.getId());
        assertThat(board(coordinator, "organisationType=PRESCHOOL")).contains(proposed.getId().toString())
                .doesNotContain("data-pair-id=\"" + stalled.getId()).contains("data-formed=\"1\"");
        assertThat(board(coordinator, "organisationId=" + practitionerSchool.getId())).contains("data-pair-id=\"" + stalled.getId())
                .doesNotContain("data-pair-id=\"" + proposed.getId());
        assertThat(board(coordinator, "attention=true")).contains("data-pair-id=\"" + stalled.getId())
                .doesNotContain("data-pair-id=\"" + proposed.getId());
        assertThat(board(coordinator, "topicId=" + AttentionFixtures.TOPIC)).contains("data-formed=\"2\"");
    }

    @Test
    void theExportHoldsThePairsOfTheScopeAndTheFunnel() throws Exception {
        CurrentUser deputy = registry.deputyOf(practitionerSchool);

        byte[] file = mvc.perform(get("/practice/board/export").session(session()).with(user(deputy)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet pairs = workbook.getSheet("Пары");
            assertThat(pairs.getLastRowNum()).isEqualTo(1);
            assertThat(pairs.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Мастер");
            assertThat(pairs.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Досков Денис Петрович");
            assertThat(pairs.getRow(1).getCell(6).getStringCellValue()).isEqualTo("застопорилась");
            Sheet funnel = workbook.getSheet("Воронка");
            assertThat(funnel.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Сформировано пар");
            assertThat(funnel.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private String board(CurrentUser user, String query) throws Exception {
        return mvc.perform(get("/practice/board" + (query.isEmpty() ? "" : "?" + query)).session(session()).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The board of the year the pairs were formed in, which is the current one. */
    private MockHttpSession session() {
        return new MockHttpSession();
    }
}
