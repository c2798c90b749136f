package ru.masterskaya.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class AccountEmailFollowerIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PersonRepository people;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void whenTheRegistryChangesAPersonsEmailTheLoginFollowsAndOldSessionsEnd() throws Exception {
        Organisation school = registry.school(registry.municipality());
        CurrentUser deputy = registry.deputyOf(school);
        CurrentUser teacher = registry.teacherAccount(school);
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(authenticated());
        Person person = people.findById(teacher.personId().value()).orElseThrow();
        String newEmail = "Renamed-" + RegistryFixtures.unique() + "@Example.ru";

        mvc.perform(post("/people/{id}/edit", person.getId())
                        .with(user(deputy))
                        .with(csrf())
                        .param("organisationId", school.getId().toString())
                        .param("lastName", person.getLastName())
                        .param("firstName", person.getFirstName())
                        .param("email", newEmail)
                        .param("position", person.getPosition())
                        .param("category", person.getCategory().name())
                        .param("active", "true")
                        .param("version", String.valueOf(person.getVersion())))
                .andExpect(redirectedUrl("/people/" + person.getId()));

        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isEmpty();
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(newEmail).password("secret-password")).andExpect(authenticated().withUsername(newEmail.toLowerCase()));
    }
}
