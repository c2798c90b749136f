package ru.masterskaya.practice.attention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.attention.AttentionSettings;
import ru.masterskaya.practice.attention.HealthRules;
import ru.masterskaya.practice.attention.TerritoryAttentionRules;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

/** A coordinator changes the thresholds of their own territory only; the form says what is wrong and keeps what was typed. */
@MasterskayaIntegrationTest
class AttentionRulesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    TerritoryAttentionRules rules;

    Municipality municipality;
    CurrentUser coordinator;

    @BeforeEach
    void aCoordinatorOfAMunicipality() {
        municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        coordinator = registry.coordinatorOf(municipality, school);
    }

    @Test
    void aCoordinatorChangesTheRulesOfTheirMunicipality() throws Exception {
        assertThat(rules.of(municipality.getId())).isEqualTo(AttentionSettings.DEFAULTS);
        String list = mvc.perform(get("/practice/attention/rules").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(municipality.getName(), "по умолчанию");

        mvc.perform(post("/practice/attention/rules/{id}", municipality.getId()).with(user(coordinator)).with(csrf())
                        .param("firstMeetingDays", "10").param("quietDays", "10").param("silentDays", "15").param("overdueDays", "20")
                        .param("reminderIntervalDays", "5"))
                .andExpect(redirectedUrl("/practice/attention/rules"));

        assertThat(rules.of(municipality.getId())).isEqualTo(new AttentionSettings(new HealthRules(10, 10, 15, 20), 5));
    }

    @Test
    void contradictoryOrMissingNumbersAreRefusedWithMessagesAndKept() throws Exception {
        String page = mvc.perform(post("/practice/attention/rules/{id}", municipality.getId()).with(user(coordinator)).with(csrf())
                        .param("firstMeetingDays", "").param("quietDays", "30").param("silentDays", "21").param("overdueDays", "30")
                        .param("reminderIntervalDays", "7"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "firstMeetingDays"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Укажите число дней.", "value=\"30\"");

        String contradiction = mvc.perform(post("/practice/attention/rules/{id}", municipality.getId()).with(user(coordinator)).with(csrf())
                        .param("firstMeetingDays", "14").param("quietDays", "30").param("silentDays", "21").param("overdueDays", "30")
                        .param("reminderIntervalDays", "7"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(contradiction).contains("Проверка нужна раньше, чем пара застопорится");
        assertThat(rules.isChanged(municipality.getId())).isFalse();
    }

    @Test
    void anotherTerritoryIsNotFoundAndOtherRolesAreRefused() throws Exception {
        Municipality other = registry.municipality();
        mvc.perform(get("/practice/attention/rules/{id}", other.getId()).with(user(coordinator))).andExpect(status().isNotFound());
        mvc.perform(post("/practice/attention/rules/{id}", other.getId()).with(user(coordinator)).with(csrf())
                .param("firstMeetingDays", "1").param("quietDays", "1").param("silentDays", "1").param("overdueDays", "1")
                .param("reminderIntervalDays", "1")).andExpect(status().isNotFound());
        assertThat(rules.isChanged(other.getId())).isFalse();

        CurrentUser deputy = registry.deputyOf(registry.school(municipality));
        mvc.perform(get("/practice/attention/rules").with(user(deputy))).andExpect(status().isForbidden());
    }
}
