package ru.masterskaya.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class InvitationIntegrationTest {

    private static final String ACTIVATION = "/account/activate/";
    private static final String PASSWORD = "зелёный-чайник-42";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    CurrentUser administrator;
    Person teacher;

    @BeforeEach
    void aSchoolWithAnAdministratorAndATeacherWithoutAccount() {
        Organisation school = registry.school(registry.municipality());
        administrator = registry.administrator(school);
        teacher = registry.teacher(school, "Новикова", "Надежда");
    }

    @Test
    void invitedPersonChoosesAPasswordThroughTheEmailedLinkAndLogsInWithIt() throws Exception {
        invite(teacher);

        ReceivedMail mail = mailbox.awaitMailTo(teacher.getEmail());
        assertThat(mail.subject()).isEqualTo("Приглашение в Мастерскую");
        assertThat(mail.text()).contains("Здравствуйте, Надежда Петрович!", "http://localhost:8080/account/activate/");
        String link = mail.linkPath(ACTIVATION);

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(teacher.getEmail())));
        mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        mvc.perform(formLogin().user(teacher.getEmail()).password(PASSWORD)).andExpect(authenticated().withUsername(teacher.getEmail()));
    }

    @Test
    void linkWorksOnlyOnce() throws Exception {
        invite(teacher);
        String link = mailbox.awaitMailTo(teacher.getEmail()).linkPath(ACTIVATION);
        mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("Ссылка больше не действует")));
        mvc.perform(post(link).with(csrf()).param("password", "другой-пароль-123").param("confirmation", "другой-пароль-123"))
                .andExpect(status().isGone());
        mvc.perform(formLogin().user(teacher.getEmail()).password("другой-пароль-123")).andExpect(unauthenticated());
    }

    @Test
    void expiredLinkIsRefused() throws Exception {
        invite(teacher);
        String link = mailbox.awaitMailTo(teacher.getEmail()).linkPath(ACTIVATION);
        String token = link.substring(ACTIVATION.length());
        jdbc.update("UPDATE account_token SET expires_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), OneTimeTokens.hash(token));

        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("Ссылка больше не действует")));
        mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD)).andExpect(status().isGone());
    }

    @Test
    void unknownLinkShowsTheSameFriendlyPage() throws Exception {
        mvc.perform(get(ACTIVATION + "no-such-token"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Ссылка больше не действует")))
                .andExpect(content().string(not(containsString("@example.ru"))));
    }

    @Test
    void aResentInvitationReplacesTheEarlierLink() throws Exception {
        invite(teacher);
        String first = mailbox.awaitMailTo(teacher.getEmail(), 1).linkPath(ACTIVATION);

        mvc.perform(post("/people/{id}/account/invitation", teacher.getId()).with(user(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + teacher.getId()));
        String second = mailbox.awaitMailTo(teacher.getEmail(), 2).linkPath(ACTIVATION);

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isGone());
        mvc.perform(get(second)).andExpect(status().isOk());
    }

    @Test
    void passwordMustBeLongEnoughRepeatedAndNotTheEmail() throws Exception {
        invite(teacher);
        String link = mailbox.awaitMailTo(teacher.getEmail()).linkPath(ACTIVATION);

        mvc.perform(post(link).with(csrf()).param("password", "короткий").param("confirmation", "короткий"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Пароль должен содержать от 10 до 128 символов.")));
        mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD + "!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Пароли не совпадают.")));
        String email = teacher.getEmail().toUpperCase();
        mvc.perform(post(link).with(csrf()).param("password", email).param("confirmation", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Пароль не должен совпадать с адресом электронной почты.")));

        mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));
    }

    private void invite(Person person) throws Exception {
        mvc.perform(post("/people/{id}/account/invite", person.getId())
                        .with(user(administrator))
                        .with(csrf())
                        .param("role", "MASTER"))
                .andExpect(redirectedUrl("/people/" + person.getId()));
    }
}
