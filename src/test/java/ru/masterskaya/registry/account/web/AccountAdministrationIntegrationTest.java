package ru.masterskaya.registry.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class AccountAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    CurrentUser administrator;
    CurrentUser teacher;
    CurrentUser deputy;

    @BeforeEach
    void aSchoolWithAccounts() {
        Organisation school = registry.school(registry.municipality());
        administrator = registry.administrator(school);
        teacher = registry.teacherAccount(school);
        deputy = registry.deputyOf(school);
    }

    @Test
    void searchesByEmailAndFiltersByRoleAndStatus() throws Exception {
        assertThat(rows("q", teacher.getUsername())).singleElement().satisfies(row -> assertThat(row.text())
                .contains("Учителева Ульяна Петрович", teacher.getUsername(), "Практикант (наставляемый)", "Активна"));

        assertThat(rows("q", deputy.getUsername(), "role", "PRACTITIONER")).isEmpty();
        assertThat(rows("q", deputy.getUsername(), "role", "INSTITUTION_COORDINATOR")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("Заместитель директора по методической работе", "Организация: "));
        assertThat(rows("q", deputy.getUsername(), "status", "DISABLED")).isEmpty();
    }

    @Test
    void searchesByNameInAnyLetterCase() throws Exception {
        assertThat(rows("q", "учителева ульяна", "status", "ACTIVE")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains("Учителева Ульяна"));
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotLogInUntilEnabledAgain() throws Exception {
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(authenticated());
        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isNotEmpty();

        mvc.perform(post("/admin/accounts/{id}/disable", teacher.accountId())
                        .with(user(administrator)).with(csrf())
                        .param("returnTo", "/admin/accounts?q=" + teacher.getUsername()))
                .andExpect(redirectedUrl("/admin/accounts?q=" + teacher.getUsername()));

        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isEmpty();
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(unauthenticated());
        assertThat(rows("q", teacher.getUsername(), "status", "DISABLED")).hasSize(1);

        mvc.perform(post("/admin/accounts/{id}/enable", teacher.accountId()).with(user(administrator)).with(csrf())
                        .param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(authenticated());
    }

    @Test
    void switchingAnAccountOffAndOnIsRecordedInTheAuditLog() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/disable", teacher.accountId()).with(user(administrator)).with(csrf()));
        mvc.perform(post("/admin/accounts/{id}/enable", teacher.accountId()).with(user(administrator)).with(csrf()));

        Document audit = Jsoup.parse(mvc.perform(get("/admin/audit").param("actor", administrator.getUsername()).with(user(administrator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(audit.text()).contains("отключение учётной записи", "включение учётной записи", "Учителева Ульяна");
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/disable", administrator.accountId()).with(user(administrator)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rows("q", administrator.getUsername())).singleElement()
                .satisfies(row -> assertThat(row.select("form")).isEmpty());
    }

    private List<Element> rows(String... parameters) throws Exception {
        var request = get("/admin/accounts").with(user(administrator));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return page.select("#accounts-list > li");
    }
}
