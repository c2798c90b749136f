package ru.masterskaya.infrastructure.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class AdministrationAccessIntegrationTest {

    static final List<String> PAGES =
            List.of("/admin/accounts", "/admin/territories", "/admin/organisation-types", "/admin/organisation-types/SCHOOL/edit", "/admin/audit");

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    Municipality municipality;
    Organisation school;

    @BeforeEach
    void aSchool() {
        municipality = registry.municipality();
        school = registry.school(municipality);
    }

    @Test
    void aTeacherGetsForbiddenOnEveryAdministrationPage() throws Exception {
        expectForbiddenEverywhere(registry.teacherAccount(school));
    }

    @Test
    void deputiesAndCoordinatorsGetForbiddenOnEveryAdministrationPage() throws Exception {
        expectForbiddenEverywhere(registry.deputyOf(school));
        expectForbiddenEverywhere(registry.coordinatorOf(municipality, school));
    }

    @Test
    void anAdministratorOpensEveryAdministrationPage() throws Exception {
        CurrentUser administrator = registry.administrator(school);
        for (String page : PAGES) {
            mvc.perform(get(page).with(user(administrator))).andExpect(status().isOk());
        }
    }

    private void expectForbiddenEverywhere(CurrentUser user) throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).with(user(user))).andExpect(status().isForbidden());
        }
        UUID any = UUID.randomUUID();
        for (String action : List.of("/admin/accounts/" + any + "/disable", "/admin/accounts/" + any + "/enable",
                "/admin/territories/regions", "/admin/territories/municipalities/" + any, "/admin/organisation-types",
                "/admin/organisation-types/SCHOOL/edit")) {
            mvc.perform(post(action).with(user(user)).with(csrf()).param("name", "Захват")).andExpect(status().isForbidden());
        }
    }
}
