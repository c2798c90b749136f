package ru.masterskaya.registry.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.account.AccountRepository;
import ru.masterskaya.registry.account.RoleAssignment;

@MasterskayaIntegrationTest
class PersonAccountIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AccountRepository accounts;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    Municipality municipality;
    Organisation schoolA;
    Organisation schoolB;
    Person teacherOfA;
    Person teacherOfB;
    CurrentUser deputyOfA;

    @BeforeEach
    void twoSchoolsOfOneMunicipality() {
        municipality = registry.municipality();
        schoolA = registry.school(municipality);
        schoolB = registry.school(municipality);
        teacherOfA = registry.teacher(schoolA, "Антонова", "Алла");
        teacherOfB = registry.teacher(schoolB, "Борисова", "Берта");
        deputyOfA = registry.deputyOf(schoolA);
    }

    @Test
    void theCardLoadsTheAccountSectionWithHtmx() throws Exception {
        mvc.perform(get("/people/{id}", teacherOfA.getId()).with(user(deputyOfA)))
                .andExpect(content().string(containsString("hx-get=\"/people/" + teacherOfA.getId() + "/account\"")));

        mvc.perform(get("/people/{id}/account", teacherOfA.getId()).with(user(deputyOfA)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("<html")), containsString("Нет учётной записи"), containsString("id=\"account-invite\""))));
    }

    @Test
    void deputyOfOneSchoolGetsNotFoundForTheAccountOfAPersonOfAnother() throws Exception {
        registry.user(teacherOfB, "secret-password", ScopedRole.unscoped(Role.MASTER));
        UUID role = onlyRoleOf(teacherOfB);

        mvc.perform(get("/people/{id}/account", teacherOfB.getId()).with(user(deputyOfA))).andExpect(status().isNotFound());
        mvc.perform(asDeputy(post("/people/{id}/account/invite", teacherOfB.getId()).param("role", "MASTER"))).andExpect(status().isNotFound());
        mvc.perform(asDeputy(post("/people/{id}/account/roles", teacherOfB.getId()).param("role", "PRACTITIONER")))
                .andExpect(status().isNotFound());
        mvc.perform(asDeputy(post("/people/{id}/account/roles/{role}/revoke", teacherOfB.getId(), role))).andExpect(status().isNotFound());
        mvc.perform(asDeputy(post("/people/{id}/account/invitation", teacherOfB.getId()))).andExpect(status().isNotFound());

        assertThat(accounts.findByPersonId(teacherOfB.getId()).orElseThrow().getRoles()).hasSize(1);
    }

    @Test
    void deputyMayNotMakeAnyoneCoordinatorOrDeputy() throws Exception {
        mvc.perform(asDeputy(post("/people/{id}/account/invite", teacherOfA.getId())
                        .param("role", "COORDINATOR")
                        .param("territory", "municipality:" + municipality.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(asDeputy(post("/people/{id}/account/invite", teacherOfA.getId()).param("role", "INSTITUTION_COORDINATOR")))
                .andExpect(status().isForbidden());

        assertThat(accounts.findByPersonId(teacherOfA.getId())).isEmpty();
    }

    @Test
    void deputyInvitesATeacherOfTheirSchoolAsMaster() throws Exception {
        mvc.perform(asDeputy(post("/people/{id}/account/invite", teacherOfA.getId()).param("role", "MASTER")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Приглашение отправлено."),
                        containsString("Приглашён, пароль ещё не задан"),
                        containsString("Мастер (наставник)"),
                        containsString("id=\"account-resend\""))));

        assertThat(mailbox.awaitMailTo(teacherOfA.getEmail()).subject()).isEqualTo("Приглашение в Мастерскую");
        assertThat(accounts.findByPersonId(teacherOfA.getId()).orElseThrow().getRoles())
                .extracting(RoleAssignment::toScopedRole)
                .containsExactly(ScopedRole.unscoped(Role.MASTER));
    }

    @Test
    void coordinatorMakesADeputyOfThePersonsOwnSchool() throws Exception {
        CurrentUser coordinator = registry.coordinatorOf(municipality, schoolB);
        registry.user(teacherOfA, "secret-password", ScopedRole.unscoped(Role.MASTER));

        mvc.perform(post("/people/{id}/account/roles", teacherOfA.getId())
                        .with(user(coordinator)).with(csrf())
                        .param("role", "INSTITUTION_COORDINATOR"))
                .andExpect(redirectedUrl("/people/" + teacherOfA.getId()));

        assertThat(accounts.findByPersonId(teacherOfA.getId()).orElseThrow().getRoles())
                .extracting(RoleAssignment::toScopedRole)
                .contains(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, schoolA.getId()));
        mvc.perform(get("/people/{id}/account", teacherOfA.getId()).with(user(coordinator)))
                .andExpect(content().string(containsString("Организация: " + schoolA.getShortName())));
    }

    @Test
    void administratorMustChooseATerritoryForACoordinator() throws Exception {
        CurrentUser administrator = registry.administrator(schoolB);

        mvc.perform(post("/people/{id}/account/invite", teacherOfA.getId())
                        .with(user(administrator)).with(csrf())
                        .header("HX-Request", "true")
                        .param("role", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Для этой роли выберите регион или муниципалитет.")));
        assertThat(accounts.findByPersonId(teacherOfA.getId())).isEmpty();

        mvc.perform(post("/people/{id}/account/invite", teacherOfA.getId())
                        .with(user(administrator)).with(csrf())
                        .header("HX-Request", "true")
                        .param("role", "COORDINATOR")
                        .param("territory", "municipality:" + municipality.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Муниципалитет: " + municipality.getName())));
        assertThat(accounts.findByPersonId(teacherOfA.getId()).orElseThrow().getRoles())
                .extracting(RoleAssignment::toScopedRole)
                .containsExactly(ScopedRole.inMunicipality(Role.COORDINATOR, municipality.getId()));
    }

    @Test
    void revokingARoleEndsTheHoldersSessions() throws Exception {
        CurrentUser teacher = registry.user(teacherOfA, "secret-password", ScopedRole.unscoped(Role.MASTER));
        mvc.perform(formLogin().user(teacher.getUsername()).password("secret-password")).andExpect(authenticated());
        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isNotEmpty();

        mvc.perform(asDeputy(post("/people/{id}/account/roles/{role}/revoke", teacherOfA.getId(), onlyRoleOf(teacherOfA))))
                .andExpect(redirectedUrl("/people/" + teacherOfA.getId()));

        assertThat(accounts.findByPersonId(teacherOfA.getId()).orElseThrow().getRoles()).isEmpty();
        assertThat(sessions.findByPrincipalName(teacher.getUsername())).isEmpty();
    }

    @Test
    void nobodyMayChangeTheirOwnRoles() throws Exception {
        mvc.perform(asDeputy(post("/people/{id}/account/roles", deputyOfA.personId().value()).param("role", "MASTER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/account", deputyOfA.personId().value()).with(user(deputyOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"account-grant\"")), not(containsString("/revoke\"")))));
    }

    private MockHttpServletRequestBuilder asDeputy(MockHttpServletRequestBuilder request) {
        return request.with(user(deputyOfA)).with(csrf());
    }

    private UUID onlyRoleOf(Person person) {
        return accounts.findByPersonId(person.getId()).orElseThrow().getRoles().getFirst().getId();
    }
}
