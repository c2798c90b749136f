package ru.masterskaya.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYears;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class AcademicYearControllerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AcademicYears years;

    CurrentUser teacher;

    @BeforeEach
    void aTeacher() {
        teacher = registry.teacherAccount(registry.school(registry.municipality()));
    }

    @Test
    void headerShowsTheCurrentYearUntilAnotherIsChosen() throws Exception {
        String previous = years.current().previous().shortLabel();

        assertThat(selectedYear(null)).isEqualTo(years.current().shortLabel());

        Cookie session = mvc.perform(post("/academic-year").with(user(teacher)).with(csrf())
                        .param("year", previous).param("returnTo", "/profile"))
                .andExpect(redirectedUrl("/profile"))
                .andReturn().getResponse().getCookie("SESSION");

        assertThat(selectedYear(session)).as("the choice is kept in the shared session store").isEqualTo(previous);
    }

    @Test
    void neverRedirectsToAnotherSite() throws Exception {
        mvc.perform(post("/academic-year").with(user(teacher)).with(csrf())
                        .param("year", years.current().shortLabel()).param("returnTo", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAYearThatCannotBeChosen() throws Exception {
        mvc.perform(post("/academic-year").with(user(teacher)).with(csrf()).param("year", "1999/2000"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/academic-year").with(user(teacher)).with(csrf()).param("year", "прошлый"))
                .andExpect(status().isBadRequest());
    }

    private String selectedYear(@Nullable Cookie session) throws Exception {
        var request = get("/").with(user(teacher));
        if (session != null) {
            request.cookie(session);
        }
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("#academic-year option[selected]").text();
    }
}
