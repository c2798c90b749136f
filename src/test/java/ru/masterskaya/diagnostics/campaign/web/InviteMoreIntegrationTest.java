package ru.masterskaya.diagnostics.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.campaign.invitation.CampaignInvitations;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** «Пригласить ещё»: more people join a campaign that has not ended, and only the new ones are invited and e-mailed. */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class InviteMoreIntegrationTest {

    private static final String LINK = "/d/";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    CampaignRepository campaignRepository;

    @Autowired
    ResponseRepository responses;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignInvitations invitations;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    Municipality municipality;
    Organisation schoolA;
    Organisation schoolB;
    Person teacherA1;
    Person teacherA2;
    Person zaytseva;
    Person psychologist;
    Person teacherB3;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithTwoSchools() {
        municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        teacherA1 = registry.teacher(schoolA, "Алексеева", "Анна");
        teacherA2 = registry.teacher(schoolA, "Борисова", "Бэлла");
        zaytseva = registry.teacher(schoolB, "Зайцева", "Зинаида");
        psychologist = registry.person(schoolB, "Петрова", "Полина", "педагог-психолог", QualificationCategory.FIRST);
        teacherB3 = registry.teacher(schoolB, "Волкова", "Вера");
        coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
    }

    @Test
    void addingAnOrganisationInvitesOnlyItsNewStaffAndEmailsThemAWorkingPersonalLink() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        invitations.sendDueInvitations(campaign.getId(), clock.instant());
        mailbox.awaitMailTo(teacherA1.getEmail(), 1);
        String firstLink = diagnostics.responseOf(campaign, teacherA1).getToken();

        mvc.perform(invite(campaign, coordinator).param("organisationIds", schoolA.getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()))
                .andExpect(flash().attribute("message", "inviteMore.done"))
                .andExpect(flash().attribute("messageArguments", new Object[] {1}));

        assertThat(invitees(campaign)).containsExactlyInAnyOrder(teacherA1.getId(), teacherA2.getId());
        ReceivedMail mail = mailbox.awaitMailTo(teacherA2.getEmail());
        assertThat(mail.subject()).contains("ваша личная ссылка");
        String token = mail.linkPath(LINK).substring(LINK.length());
        assertThat(selfDiagnosis.open(token).response().getPersonId()).isEqualTo(teacherA2.getId());
        assertThat(diagnostics.responseOf(campaign, teacherA2).getInvitationSentAt()).isNotNull();
        assertThat(diagnostics.responseOf(campaign, teacherA1).getToken()).isEqualTo(firstLink);
        Thread.sleep(1500);
        assertThat(mailbox.mailTo(teacherA1.getEmail())).hasSize(1);
    }

    @Test
    void theCoordinatorIsToldHowManyWereInvitedInAdditionAndSeesThemOnTheCampaignPage() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        mvc.perform(invite(campaign, coordinator).param("organisationIds", schoolB.getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "inviteMore.done"))
                .andExpect(flash().attribute("messageArguments", new Object[] {3}));

        // the layout shows the flash as #messages.msgWithParams(message, messageArguments)
        assertThat(messages.getMessage("inviteMore.done", new Object[] {3}, Locale.forLanguageTag("ru"))).isEqualTo("Приглашено ещё: 3.");
        Document page = page(get("/campaigns/{id}", campaign.getId()), coordinator);
        assertThat(page.select("tr.invitee")).hasSize(4);
    }

    @Test
    void countingShowsOnlyThePeopleNotInvitedYet() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, zaytseva));

        Document count = page(post("/campaigns/{id}/invitees/count", campaign.getId()).with(csrf())
                .param("organisationIds", schoolA.getId().toString(), schoolB.getId().toString()), coordinator);

        assertThat(count.select("#invitee-count").text()).isEqualTo("Будет приглашено новых: 3 (уже приглашены: 2)");
        assertThat(invitees(campaign)).hasSize(2);
    }

    @Test
    void countingWithNothingChosenSaysSo() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        Document count = page(post("/campaigns/{id}/invitees/count", campaign.getId()).with(csrf()), coordinator);

        assertThat(count.select("#invitee-count").text()).isEqualTo("Условия не выбраны: пока никто не приглашён.");
    }

    @Test
    void theDescriptionOfInviteesRecordsTheAdditionWithItsDate() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        mvc.perform(invite(campaign, coordinator).param("positions", "педагог-психолог").param("byFilter", "true").param("q", "Волкова"))
                .andExpect(status().is3xxRedirection());

        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(description(campaign)).isEqualTo("Тестовые приглашённые; дополнительно " + today
                + ": должности: педагог-психолог; люди по фильтру (поиск «Волкова»)");
        assertThat(invitees(campaign)).containsExactlyInAnyOrder(teacherA1.getId(), psychologist.getId(), teacherB3.getId());
        assertThat(page(get("/campaigns/{id}", campaign.getId()), coordinator).select("#invitees-description").text())
                .contains("дополнительно " + today);
    }

    @Test
    void aLongDescriptionKeepsItsBeginningAndTheNewestAdditionWithinTwoThousandCharacters() throws Exception {
        String longDescription = "организации: " + "Очень длинное название школы, ".repeat(65);
        Campaign campaign = campaignDescribedAs(longDescription.strip());

        mvc.perform(invite(campaign, coordinator).param("organisationIds", schoolB.getId().toString()))
                .andExpect(status().is3xxRedirection());

        String description = description(campaign);
        assertThat(description).hasSizeLessThanOrEqualTo(2000).startsWith("организации: Очень длинное название школы")
                .endsWith("; дополнительно " + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + ": организации: " + schoolB.getShortName())
                .contains("…; дополнительно");
    }

    @Test
    void whenNobodyNewMatchesTheFormSaysSoAndKeepsWhatWasChosen() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, teacherA2));

        Document form = page(invite(campaign, coordinator).param("organisationIds", schoolA.getId().toString())
                .param("byFilter", "true").param("q", "Алексеева"), coordinator);

        assertThat(form.select("#form-errors").text()).startsWith("Под выбранные условия не подходит никто новый");
        assertThat(form.select("#organisationIds option[selected]")).extracting(Element::val).containsExactly(schoolA.getId().toString());
        assertThat(form.select("#q").val()).isEqualTo("Алексеева");
        assertThat(form.select("#byFilter1").hasAttr("checked")).isTrue();
        assertThat(invitees(campaign)).hasSize(2);
        assertThat(description(campaign)).isEqualTo("Тестовые приглашённые");
    }

    @Test
    void aFormWithoutCriteriaIsRefusedInRussian() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        Document form = page(invite(campaign, coordinator), coordinator);

        assertThat(form.select("#form-errors").text()).startsWith("Выберите, кого пригласить");
    }

    @Test
    void theFormOffersOnlyTheCampaignOwnersOrganisationsAndRefusesOthers() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        Organisation elsewhere = registry.school(registry.municipality());
        registry.teacher(elsewhere, "Чужая", "Чара");

        Document page = page(get("/campaigns/{id}/invitees/new", campaign.getId()), coordinator);
        assertThat(page.select("#organisationIds option")).extracting(Element::val)
                .contains(schoolA.getId().toString(), schoolB.getId().toString()).doesNotContain(elsewhere.getId().toString());
        assertThat(page.select("#count-invitees").attr("hx-post")).isEqualTo("/campaigns/" + campaign.getId() + "/invitees/count");

        Document refused = page(invite(campaign, coordinator).param("organisationIds", elsewhere.getId().toString()), coordinator);
        assertThat(refused.select("#organisationIds-errors").text()).isEqualTo("Можно приглашать только сотрудников своих организаций.");
        assertThat(invitees(campaign)).hasSize(1);
    }

    @Test
    void theNewCampaignFormAndTheInviteMoreFormShareTheInviteeCriteria() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));

        Document start = page(get("/campaigns/new"), coordinator);
        Document more = page(get("/campaigns/{id}/invitees/new", campaign.getId()), coordinator);

        assertThat(start.select("#count-invitees").attr("hx-post")).isEqualTo("/campaigns/new/count");
        assertThat(start.select("#count-invitees").attr("hx-include")).isEqualTo("#campaign-form");
        assertThat(more.select("#count-invitees").attr("hx-include")).isEqualTo("#invite-form");
        for (String field : List.of("#organisationIds", "#typeCodes", "#positions", "#byFilter1", "#q", "#filterOrganisation", "#filterType",
                "#category", "#young1", "#invitee-count")) {
            assertThat(start.select(field)).as(field).hasSize(1);
            assertThat(more.select(field)).as(field).hasSize(1);
        }
    }

    @Test
    void theCampaignPageOffersInvitingMoreOnlyToWhoeverRunsIt() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1, zaytseva));

        assertThat(page(get("/campaigns/{id}", campaign.getId()), coordinator).select("#invite-more").attr("href"))
                .isEqualTo("/campaigns/" + campaign.getId() + "/invitees/new");
        assertThat(page(get("/campaigns/{id}", campaign.getId()), registry.deputyOf(schoolA)).select("#invite-more")).isEmpty();
    }

    @Test
    void aDeputyDirectorWhoOnlySeesTheirStaffInSomeoneElsesCampaignGetsNotFound() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        CurrentUser deputy = registry.deputyOf(schoolA);

        mvc.perform(get("/campaigns/{id}/invitees/new", campaign.getId()).with(user(deputy))).andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/{id}/invitees/count", campaign.getId()).with(csrf()).with(user(deputy))
                .param("organisationIds", schoolA.getId().toString())).andExpect(status().isNotFound());
        mvc.perform(invite(campaign, deputy).param("organisationIds", schoolA.getId().toString())).andExpect(status().isNotFound());
        assertThat(invitees(campaign)).containsExactly(teacherA1.getId());
    }

    @Test
    void aTeacherIsForbidden() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        CurrentUser teacher = registry.teacherAccount(schoolA);

        mvc.perform(get("/campaigns/{id}/invitees/new", campaign.getId()).with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(invite(campaign, teacher).param("organisationIds", schoolA.getId().toString())).andExpect(status().isForbidden());
        assertThat(invitees(campaign)).containsExactly(teacherA1.getId());
    }

    @Test
    void anInstitutionCoordinatorInvitesATeacherHiredAfterTheirOwnCampaignStarted() throws Exception {
        CurrentUser deputy = registry.deputyOf(schoolA);
        Campaign campaign = DiagnosticsFixtures.asAdministrator(() -> campaigns.start(parameters(null, schoolA.getId(), "Сотрудники школы"),
                List.of(teacherA1, teacherA2), RegistryScope.EVERYTHING, "test@masterskaya"));
        Person hired = registry.teacher(schoolA, "Новикова", "Нина");

        mvc.perform(invite(campaign, deputy).param("typeCodes", "SCHOOL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("messageArguments", new Object[] {2}));

        // the deputy themself works at school A too; nobody from school B is reached
        assertThat(invitees(campaign)).contains(hired.getId()).doesNotContain(zaytseva.getId(), teacherB3.getId()).hasSize(4);
        assertThat(mailbox.awaitMailTo(hired.getEmail()).subject()).contains("ваша личная ссылка");
    }

    @Test
    void aClosedCampaignRefusesMoreInviteesInRussian() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacherA1));
        mvc.perform(post("/campaigns/{id}/close", campaign.getId()).with(csrf()).with(user(coordinator))).andExpect(status().is3xxRedirection());

        assertThat(page(get("/campaigns/{id}", campaign.getId()), coordinator).select("#invite-more")).isEmpty();
        Document form = page(get("/campaigns/{id}/invitees/new", campaign.getId()), coordinator);
        assertThat(form.select("#campaign-ended").text()).contains("Кампания завершена: приглашать в неё больше нельзя.");
        assertThat(form.select("#invite-form")).isEmpty();

        Document refused = page(invite(campaign, coordinator).param("organisationIds", schoolA.getId().toString()), coordinator);
        assertThat(refused.select("#campaign-ended").text()).contains("Кампания завершена: приглашать в неё больше нельзя.");
        assertThat(invitees(campaign)).containsExactly(teacherA1.getId());
        assertThat(description(campaign)).isEqualTo("Тестовые приглашённые");
    }

    @Test
    void aCampaignPastItsClosingDateIsRefusedToo() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = DiagnosticsFixtures.asAdministrator(() -> campaigns.start(new CampaignParameters("Просроченная " + RegistryFixtures.unique(),
                AcademicYear.containing(today.minusDays(10)), diagnostics.smallInstrument().getId(), null, municipality.getId(), null,
                today.minusDays(10), today.minusDays(1), Thresholds.R201, 81, 3, "Тестовые приглашённые"),
                List.of(teacherA1), RegistryScope.EVERYTHING, "test@masterskaya"));

        Document refused = page(invite(campaign, coordinator).param("organisationIds", schoolA.getId().toString()), coordinator);

        assertThat(refused.select("#campaign-ended").text()).contains("Кампания завершена");
        assertThat(invitees(campaign)).containsExactly(teacherA1.getId());
    }

    private Campaign campaignDescribedAs(String description) {
        return DiagnosticsFixtures.asAdministrator(() -> campaigns.start(parameters(municipality.getId(), null, description),
                List.of(teacherA1), RegistryScope.EVERYTHING, "test@masterskaya"));
    }

    private CampaignParameters parameters(UUID municipalityId, UUID organisationId, String description) {
        InstrumentVersion version = diagnostics.smallInstrument();
        LocalDate today = LocalDate.now(clock);
        return new CampaignParameters("Самодиагностика " + RegistryFixtures.unique(), AcademicYear.containing(today), version.getId(), null,
                municipalityId, organisationId, today.minusDays(1), today.plusDays(30), Thresholds.R201, 81, 3, description);
    }

    private MockHttpServletRequestBuilder invite(Campaign campaign, CurrentUser user) {
        return post("/campaigns/{id}/invitees/new", campaign.getId()).with(csrf()).with(user(user));
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        String html = mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private List<UUID> invitees(Campaign campaign) {
        return responses.findByCampaignId(campaign.getId()).stream().map(DiagnosisResponse::getPersonId).toList();
    }

    private String description(Campaign campaign) {
        return campaignRepository.findById(campaign.getId()).orElseThrow().getInviteesDescription();
    }
}
