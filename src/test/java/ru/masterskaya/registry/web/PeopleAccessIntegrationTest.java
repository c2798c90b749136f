package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class PeopleAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PersonRepository people;

    Organisation schoolA;
    Organisation schoolB;
    Person teacherOfB;
    CurrentUser deputyOfA;

    @BeforeEach
    void twoSchoolsOfOneMunicipality() {
        Municipality municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        teacherOfB = registry.teacher(schoolB, "Борисова", "Берта");
        deputyOfA = registry.deputyOf(schoolA);
    }

    @Test
    void deputyOfOneSchoolCannotOpenAPersonOfAnother() throws Exception {
        mvc.perform(get("/people/{id}", teacherOfB.getId()).with(user(deputyOfA))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/edit", teacherOfB.getId()).with(user(deputyOfA))).andExpect(status().isNotFound());
    }

    @Test
    void deputyOfOneSchoolCannotChangeAPersonOfAnother() throws Exception {
        mvc.perform(post("/people/{id}/edit", teacherOfB.getId())
                        .with(user(deputyOfA))
                        .with(csrf())
                        .param("organisationId", schoolA.getId().toString())
                        .param("lastName", "Захватова")
                        .param("firstName", "Берта")
                        .param("email", teacherOfB.getEmail())
                        .param("position", "учитель")
                        .param("category", "FIRST")
                        .param("version", String.valueOf(teacherOfB.getVersion())))
                .andExpect(status().isNotFound());

        assertThat(people.findById(teacherOfB.getId()).orElseThrow().getLastName()).isEqualTo("Борисова");
    }

    @Test
    void deputyCannotMoveOwnTeacherIntoAnotherSchool() throws Exception {
        Person teacherOfA = registry.teacher(schoolA, "Алексеева", "Анна");

        mvc.perform(post("/people/{id}/edit", teacherOfA.getId())
                        .with(user(deputyOfA))
                        .with(csrf())
                        .param("organisationId", schoolB.getId().toString())
                        .param("lastName", "Алексеева")
                        .param("firstName", "Анна")
                        .param("email", teacherOfA.getEmail())
                        .param("position", "учитель")
                        .param("category", "FIRST")
                        .param("version", String.valueOf(teacherOfA.getVersion())))
                .andExpect(status().isNotFound());

        assertThat(people.findWithOrganisationById(teacherOfA.getId()).orElseThrow().getOrganisation().getId())
                .isEqualTo(schoolA.getId());
    }

    @Test
    void teacherCannotOpenRegistryOrAdministrationPages() throws Exception {
        CurrentUser teacher = registry.teacherAccount(schoolA);

        mvc.perform(get("/people").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(teacher))).andExpect(status().isForbidden());
    }

    @Test
    void teacherSeesOwnProfileWithRoles() throws Exception {
        CurrentUser teacher = registry.teacherAccount(schoolA);

        String page = mvc.perform(get("/profile").with(user(teacher)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Учителева Ульяна Петрович", "Практикант (наставляемый)");
    }

    @Test
    void deputyCannotCreateOrganisations() throws Exception {
        mvc.perform(get("/organisations/new").with(user(deputyOfA))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/people/new").with(user(deputyOfA)).param("lastName", "Без")).andExpect(status().isForbidden());
    }
}
