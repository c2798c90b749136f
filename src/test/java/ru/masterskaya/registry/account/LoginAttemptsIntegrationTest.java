package ru.masterskaya.registry.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class LoginAttemptsIntegrationTest {

    private static final String PASSWORD = "secret-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    CurrentUser teacher;

    @BeforeEach
    void aTeacherWithAPassword() {
        teacher = registry.teacherAccount(registry.school(registry.municipality()));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedAsLocked() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(teacher.getUsername()).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(formLogin().user(teacher.getUsername()).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Слишком много неудачных попыток входа")));
    }

    @Test
    void fewerWrongPasswordsDoNotLockTheAccount() throws Exception {
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin().user(teacher.getUsername()).password("wrong-" + attempt));
        }

        mvc.perform(formLogin().user(teacher.getUsername()).password(PASSWORD)).andExpect(authenticated());
    }
}
