package ru.masterskaya.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class SecurityConfigurationIntegrationTest {

    private static final String SESSION_COOKIE = "SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        CurrentUser teacher = registry.teacherAccount(registry.school(registry.municipality()));
        MockHttpServletResponse loginPage = mvc.perform(get("/login")).andReturn().getResponse();
        Cookie before = loginPage.getCookie(SESSION_COOKIE);
        assertThat(before).isNotNull();
        Document page = Jsoup.parse(loginPage.getContentAsString());
        String csrf = page.select("form[action=/login] input[name=_csrf]").attr("value");

        MockHttpServletResponse login = mvc.perform(post("/login")
                        .cookie(before)
                        .param("_csrf", csrf)
                        .param("username", teacher.getUsername())
                        .param("password", "secret-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse();

        Cookie after = login.getCookie(SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEmpty().isNotEqualTo(before.getValue());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
