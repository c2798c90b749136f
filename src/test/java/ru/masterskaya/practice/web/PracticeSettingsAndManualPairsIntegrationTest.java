package ru.masterskaya.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.practice.EndReason;
import ru.masterskaya.practice.PairOrigin;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.PracticeSettings;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.practice.RubricLevel;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** Coordinators keep the lists of end reasons and the rubric, and form pairs by hand from the people of their scope. */
@MasterskayaIntegrationTest
class PracticeSettingsAndManualPairsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PracticeSettings settings;

    @Autowired
    PracticePairs pairs;

    @Test
    void aCoordinatorAddsRenamesAndDeactivatesAnEndReason() throws Exception {
        Municipality municipality = registry.municipality();
        CurrentUser coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
        String name = "переезд в другой город " + RegistryFixtures.unique();

        mvc.perform(post("/practice/settings/reasons").with(csrf()).with(user(coordinator)).param("name", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Укажите название.")));
        mvc.perform(post("/practice/settings/reasons").with(csrf()).with(user(coordinator)).param("name", "нет времени"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись с таким названием уже есть.")));
        mvc.perform(post("/practice/settings/reasons").with(csrf()).with(user(coordinator)).param("name", name))
                .andExpect(status().is3xxRedirection());
        EndReason added = settings.endReasons().stream().filter(reason -> reason.name().equals(name)).findFirst().orElseThrow();

        mvc.perform(post("/practice/settings/reasons/" + added.getId() + "/rename").with(csrf()).with(user(coordinator))
                .param("name", name + " (семья)")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/practice/settings/reasons/" + added.getId() + "/active").with(csrf()).with(user(coordinator))
                .param("active", "false")).andExpect(status().is3xxRedirection());

        assertThat(settings.endReasonNames()).containsEntry(added.getId(), name + " (семья)");
        assertThat(settings.activeEndReasons()).extracting(EndReason::getId).doesNotContain(added.getId());
        mvc.perform(get("/practice/settings").with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + " (семья)")));
    }

    @Test
    void aCriterionNeedsTwoLevelsAndEachRowErrorNamesItsRow() throws Exception {
        CurrentUser administrator = registry.administrator(registry.school(registry.municipality()));
        String name = "Опора на данные диагностики " + RegistryFixtures.unique();

        mvc.perform(post("/practice/settings/rubric").with(csrf()).with(user(administrator)).param("name", name)
                        .param("levels[0].name", "низкий").param("levels[0].points", "1").param("levels[1].name", "")
                        .param("levels[1].points", "200").param("levels[1].description", "совсем без имени"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Уровень 2: укажите название.")))
                .andExpect(content().string(containsString("Уровень 2: баллы — целое число от 0 до 100.")))
                .andExpect(content().string(containsString("совсем без имени")));
        assertThat(settings.rubric()).extracting(RubricCriterion::name).doesNotContain(name);

        mvc.perform(post("/practice/settings/rubric").with(csrf()).with(user(administrator)).param("name", name)
                .param("levels[0].name", "низкий").param("levels[0].points", "1").param("levels[0].description", "данные не используются")
                .param("levels[1].name", "высокий").param("levels[1].points", "3").param("levels[1].description", "выводы опираются на данные"))
                .andExpect(status().is3xxRedirection());
        RubricCriterion added = settings.rubric().stream().filter(criterion -> criterion.name().equals(name)).findFirst().orElseThrow();
        assertThat(added.levels()).containsExactly(new RubricLevel("низкий", 1, "данные не используются"),
                new RubricLevel("высокий", 3, "выводы опираются на данные"));

        mvc.perform(post("/practice/settings/rubric/" + added.getId()).with(csrf()).with(user(administrator)).param("name", name)
                .param("levels[0].name", "низкий").param("levels[0].points", "1").param("levels[1].name", "средний").param("levels[1].points", "2")
                .param("levels[2].name", "высокий").param("levels[2].points", "3")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/practice/settings/rubric/" + added.getId() + "/active").with(csrf()).with(user(administrator)).param("active", "false"))
                .andExpect(status().is3xxRedirection());

        RubricCriterion changed = settings.criterion(added.getId());
        assertThat(changed.levels()).extracting(RubricLevel::name).containsExactly("низкий", "средний", "высокий");
        assertThat(changed.active()).isFalse();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsOpenTheSettingsAndTheManualPairForm() throws Exception {
        Organisation school = registry.school(registry.municipality());
        for (CurrentUser refused : List.of(registry.teacherAccount(school), registry.deputyOf(school))) {
            mvc.perform(get("/practice/settings").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(post("/practice/settings/reasons").with(csrf()).with(user(refused)).param("name", "чужая причина"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/practice/pairs/new").with(user(refused))).andExpect(status().isForbidden());
        }
        assertThat(settings.endReasons()).extracting(EndReason::name).doesNotContain("чужая причина");
    }

    @Test
    void aCoordinatorFormsAPairByHandFromThePeopleOfTheirScopeOnce() throws Exception {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        Person master = registry.teacher(school, "Акимова", "Галина");
        Person practitioner = registry.teacher(school, "Белова", "Дарья");
        Organisation elsewhere = registry.school(registry.municipality());
        Person stranger = registry.teacher(elsewhere, "Чужова", "Вера");

        mvc.perform(get("/practice/pairs/new").with(user(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Акимова Галина Петрович")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Чужова"))));
        mvc.perform(post("/practice/pairs/new").with(csrf()).with(user(coordinator)).param("practitionerId", master.getId().toString())
                        .param("masterId", master.getId().toString()).param("topicId", DiagnosticsFixtures.LESSON_ANALYSIS.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Мастер и практикант должны быть разными людьми.")));
        mvc.perform(post("/practice/pairs/new").with(csrf()).with(user(coordinator)).param("practitionerId", practitioner.getId().toString())
                        .param("masterId", master.getId().toString()).param("topicId", DiagnosticsFixtures.LESSON_ANALYSIS.toString()))
                .andExpect(redirectedUrlPattern("/pairs/*"));
        mvc.perform(post("/practice/pairs/new").with(csrf()).with(user(coordinator)).param("practitionerId", practitioner.getId().toString())
                        .param("masterId", master.getId().toString()).param("topicId", DiagnosticsFixtures.LESSON_ANALYSIS.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("в этом году уже есть")));
        mvc.perform(post("/practice/pairs/new").with(csrf()).with(user(coordinator)).param("practitionerId", stranger.getId().toString())
                .param("masterId", master.getId().toString()).param("topicId", DiagnosticsFixtures.LESSON_ANALYSIS.toString()))
                .andExpect(status().isNotFound());

        assertThat(pairs.withSide(practitioner.getId(), AcademicYear.containing(LocalDate.now()))).singleElement()
                .satisfies(pair -> assertThat(pair.origin()).isEqualTo(PairOrigin.MANUAL));
        assertThat(pairs.withSide(stranger.getId(), AcademicYear.containing(LocalDate.now()))).isEmpty();
    }
}
