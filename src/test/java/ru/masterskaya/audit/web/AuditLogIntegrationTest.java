package ru.masterskaya.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.audit.AuditEntry;
import ru.masterskaya.audit.AuditEntryRepository;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AuditEntryRepository entries;

    CurrentUser administrator;
    Organisation school;
    Person teacher;

    @BeforeEach
    void anAdministratorAndATeacher() {
        school = registry.school(registry.municipality());
        administrator = registry.administrator(school);
        teacher = registry.teacher(school, "Ершова", "Елена");
    }

    @Test
    void showsWhoChangedWhichFieldOfAPersonAndWhen() throws Exception {
        changePosition(teacher, "методист");

        Document page = auditPage("actor", administrator.getUsername());
        Element entry = page.selectFirst("#audit-entries > li");
        assertThat(entry).isNotNull();
        assertThat(entry.text())
                .contains("Человек", "изменение", "Ершова Елена Петрович", "А.П. Админов", "Должность: «учитель» → «методист»")
                .doesNotContain("Фамилия");
        assertThat(entry.select("a").attr("href")).isEqualTo("/people/" + teacher.getId());

        AuditEntry stored = entries.findBySubjectIdOrderByOccurredAt(teacher.getId().toString()).getLast();
        String moscowTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(stored.getOccurredAt().atZone(ZoneId.of("Europe/Moscow")));
        assertThat(entry.select("time").text()).isEqualTo(moscowTime);
    }

    @Test
    void showsRoleGrantsWithTheRoleInWords() throws Exception {
        registry.user(teacher, "secret-password");
        mvc.perform(post("/people/{id}/account/roles", teacher.getId()).with(user(administrator)).with(csrf()).param("role", "PRACTITIONER"))
                .andExpect(redirectedUrl("/people/" + teacher.getId()));

        Document page = auditPage("actor", administrator.getUsername());
        assertThat(page.select("#audit-entries > li").first().text())
                .contains("Роль", "назначение роли", "Ершова Елена Петрович", "Роль: — → «Практикант (наставляемый)»");
    }

    @Test
    void filtersByKindOfRecordAndByWhoActed() throws Exception {
        changePosition(teacher, "педагог-организатор");

        mvc.perform(get("/admin/audit").with(user(administrator)).param("actor", administrator.getUsername()).param("subject", "ORGANISATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("педагог-организатор"))));
        mvc.perform(get("/admin/audit").with(user(administrator)).param("actor", administrator.getUsername()).param("subject", "PERSON"))
                .andExpect(content().string(containsString("педагог-организатор")));
        mvc.perform(get("/admin/audit").with(user(administrator)).param("actor", "someone-else@example.ru"))
                .andExpect(content().string(not(containsString("педагог-организатор"))));
    }

    private void changePosition(Person person, String position) throws Exception {
        mvc.perform(post("/people/{id}/edit", person.getId())
                        .with(user(administrator))
                        .with(csrf())
                        .param("organisationId", school.getId().toString())
                        .param("lastName", person.getLastName())
                        .param("firstName", person.getFirstName())
                        .param("middleName", person.getMiddleName())
                        .param("email", person.getEmail())
                        .param("position", position)
                        .param("category", person.getCategory().name())
                        .param("experienceSinceYear", String.valueOf(person.getExperienceSinceYear()))
                        .param("birthYear", String.valueOf(person.getBirthYear()))
                        .param("active", "true")
                        .param("version", String.valueOf(person.getVersion())))
                .andExpect(redirectedUrl("/people/" + person.getId()));
    }

    private Document auditPage(String filter, String value) throws Exception {
        String html = mvc.perform(get("/admin/audit").with(user(administrator)).param(filter, value))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
