package ru.masterskaya.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.notifications.DigestFrequency;
import ru.masterskaya.notifications.DigestPreferences;
import ru.masterskaya.notifications.InAppNotification;
import ru.masterskaya.notifications.Notifications;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class NotificationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    Notifications notifications;

    @Autowired
    DigestPreferences digests;

    @Autowired
    TransactionTemplate transactions;

    CurrentUser owner;
    CurrentUser stranger;

    @BeforeEach
    void twoTeachersOfOneSchool() {
        Organisation school = registry.school(registry.municipality());
        owner = registry.teacherAccount(school);
        stranger = registry.teacherAccount(school);
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheListMarksThemRead() throws Exception {
        notify(owner, "/notifications", "Ульяна");
        notify(owner, null, "Светлана");

        mvc.perform(get("/notifications/bell").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"notifications-unread\">2<")));

        String list = mvc.perform(get("/notifications").with(user(owner)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Здравствуйте, Ульяна!", "Здравствуйте, Светлана!", "data-read=\"false\"");

        assertThat(notifications.unreadCount(owner.personId().value())).isZero();
        mvc.perform(get("/notifications/bell").with(user(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("notifications-unread"))));
    }

    @Test
    void onlyTheOwnerSeesAndOpensTheirNotifications() throws Exception {
        notify(owner, "/notifications", "Ульяна");
        UUID id = notifications.latest(owner.personId().value(), 1).getFirst().id();

        String strangersList = mvc.perform(get("/notifications").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(strangersList).doesNotContain("Здравствуйте, Ульяна!").contains("id=\"notifications-empty\"");
        mvc.perform(get("/notifications/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(owner.personId().value())).isEqualTo(1);

        mvc.perform(get("/notifications/{id}", id).with(user(owner))).andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(owner.personId().value())).isZero();
    }

    @Test
    void theListIsForSignedInPeopleOnly() throws Exception {
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/bell")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNotificationLinksOnlyInsideTheApplication() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notify(owner, "https://evil.example/", "Ульяна")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notify(owner, "//evil.example/", "Ульяна")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digestsAreWeeklyUntilThePersonChoosesOtherwise() throws Exception {
        UUID person = owner.personId().value();
        assertThat(digests.frequencyOf(person)).isEqualTo(DigestFrequency.WEEKLY);
        mvc.perform(get("/notifications").with(user(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<option value=\"WEEKLY\" selected=\"selected\">Раз в неделю</option>")));

        mvc.perform(post("/notifications/digest").param("frequency", "DAILY").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));

        assertThat(digests.frequencyOf(person)).isEqualTo(DigestFrequency.DAILY);
        assertThat(digests.frequencyOf(stranger.personId().value())).isEqualTo(DigestFrequency.WEEKLY);
        assertThat(digests.frequenciesOf(List.of(person, stranger.personId().value())))
                .containsEntry(person, DigestFrequency.DAILY)
                .containsEntry(stranger.personId().value(), DigestFrequency.WEEKLY);
    }

    @Test
    void anEmptyDigestChoiceIsRefusedWithAMessageAndChangesNothing() throws Exception {
        mvc.perform(post("/notifications/digest").param("frequency", "").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("digest", "frequency"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Выберите, как часто присылать сводку.")));
        assertThat(digests.frequencyOf(owner.personId().value())).isEqualTo(DigestFrequency.WEEKLY);
    }

    @Test
    void changingTheDigestNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/notifications/digest").param("frequency", "NEVER").with(user(owner)))
                .andExpect(status().isForbidden());
        assertThat(digests.frequencyOf(owner.personId().value())).isEqualTo(DigestFrequency.WEEKLY);
    }

    private void notify(CurrentUser person, String link, String name) {
        transactions.executeWithoutResult(status ->
                notifications.notify(person.personId().value(), "test", "home.greeting", List.of(name), link));
    }

    static boolean unread(List<InAppNotification> list) {
        return list.stream().anyMatch(n -> !n.read());
    }
}
