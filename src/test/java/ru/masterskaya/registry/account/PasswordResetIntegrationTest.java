package ru.masterskaya.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class PasswordResetIntegrationTest {

    private static final String RESET = "/password/reset/";
    private static final String OLD_PASSWORD = "secret-password";
    private static final String NEW_PASSWORD = "новый-надёжный-пароль";
    private static final String SAME_ANSWER = "Если этот адрес есть в Мастерской, мы отправили на него письмо со ссылкой";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    CurrentUser teacher;

    @BeforeEach
    void aTeacherWithAPassword() {
        Organisation school = registry.school(registry.municipality());
        teacher = registry.teacherAccount(school);
    }

    @Test
    void forgotPasswordAnswersTheSameForKnownAndUnknownAddressesAndWritesOnlyToTheKnownOne() throws Exception {
        String unknown = "nobody-" + RegistryFixtures.unique() + "@example.ru";

        mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown)).andExpect(redirectedUrl("/password/forgot?sent"));
        mvc.perform(post("/password/forgot").with(csrf()).param("email", teacher.getUsername().toUpperCase()))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        mvc.perform(get("/password/forgot").param("sent", "")).andExpect(content().string(containsString(SAME_ANSWER)));

        Mailbox.ReceivedMail mail = mailbox.awaitMailTo(teacher.getUsername());
        assertThat(mail.subject()).isEqualTo("Восстановление пароля в Мастерской");
        assertThat(mail.linkPath(RESET)).startsWith(RESET);
        assertThat(mailbox.mailTo(unknown)).isEmpty();
    }

    @Test
    void afterAResetOnlyTheNewPasswordWorks() throws Exception {
        String link = requestReset();

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(teacher.getUsername())));
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        mvc.perform(formLogin().user(teacher.getUsername()).password(OLD_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin().user(teacher.getUsername()).password(NEW_PASSWORD)).andExpect(authenticated());
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void aResetEndsTheUsersSessionsAndLiftsTheLoginLock() throws Exception {
        mvc.perform(formLogin().user(teacher.getUsername()).password(OLD_PASSWORD)).andExpect(authenticated());
        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isNotEmpty();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(teacher.getUsername()).password("wrong-password"));
        }
        mvc.perform(formLogin().user(teacher.getUsername()).password(OLD_PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));

        String link = requestReset();
        mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isEmpty();
        mvc.perform(formLogin().user(teacher.getUsername()).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void repeatedRequestsWithinFiveMinutesSendOnlyOneLink() throws Exception {
        for (int request = 0; request < 3; request++) {
            mvc.perform(post("/password/forgot").with(csrf()).param("email", teacher.getUsername()))
                    .andExpect(redirectedUrl("/password/forgot?sent"));
        }

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, teacher.getUsername()))
                .isEqualTo(1);
    }

    @Test
    void anInvalidAddressIsPointedOutWithoutSendingAnything() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это не адрес электронной почты")));
    }

    private String requestReset() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", teacher.getUsername()))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        return mailbox.awaitMailTo(teacher.getUsername()).linkPath(RESET);
    }
}
