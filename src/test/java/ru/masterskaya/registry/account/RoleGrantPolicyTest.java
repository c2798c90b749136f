package ru.masterskaya.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.FullName;
import ru.masterskaya.registry.OrganisationId;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

class RoleGrantPolicyTest {

    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID otherSchool = UUID.randomUUID();

    final GrantTarget teacherOfSchool = new GrantTarget(new PersonId(UUID.randomUUID()), school, municipality, region);
    final GrantTarget teacherElsewhere =
            new GrantTarget(new PersonId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void administratorMayGrantAnyWellFormedRoleInAnyScope() {
        CurrentUser administrator = user(ScopedRole.unscoped(Role.ADMINISTRATOR));

        assertThat(RoleGrantPolicy.allows(administrator, teacherElsewhere, ScopedRole.unscoped(Role.ADMINISTRATOR))).isTrue();
        assertThat(RoleGrantPolicy.allows(administrator, teacherElsewhere, ScopedRole.inRegion(Role.COORDINATOR, region))).isTrue();
        assertThat(RoleGrantPolicy.allows(administrator, teacherElsewhere, ScopedRole.inMunicipality(Role.VIEWER, municipality))).isTrue();
        assertThat(RoleGrantPolicy.allows(administrator, teacherElsewhere, ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, otherSchool)))
                .isTrue();
        assertThat(RoleGrantPolicy.grantableRoles(administrator, teacherElsewhere)).containsExactly(Role.values());
    }

    @Test
    void nobodyMayGrantAnIllFormedRole() {
        CurrentUser administrator = user(ScopedRole.unscoped(Role.ADMINISTRATOR));

        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.unscoped(Role.COORDINATOR))).isFalse();
        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.unscoped(Role.VIEWER))).isFalse();
        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.inMunicipality(Role.INSTITUTION_COORDINATOR, municipality)))
                .isFalse();
        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.inOrganisation(Role.MASTER, school))).isFalse();
        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.inOrganisation(Role.COORDINATOR, school))).isFalse();
    }

    @Test
    void nobodyMayGrantThemselvesARole() {
        CurrentUser administrator = new CurrentUser(UUID.randomUUID(), teacherOfSchool.personId(), new OrganisationId(school),
                "admin@example.ru", null, new FullName("Админов", "Алексей", null),
                List.of(ScopedRole.unscoped(Role.ADMINISTRATOR)), true);

        assertThat(RoleGrantPolicy.allows(administrator, teacherOfSchool, ScopedRole.unscoped(Role.MASTER))).isFalse();
        assertThat(RoleGrantPolicy.grantableRoles(administrator, teacherOfSchool)).isEmpty();
        assertThat(RoleGrantPolicy.mayManage(administrator, teacherOfSchool)).isFalse();
    }

    @Test
    void coordinatorMayStaffOrganisationsOfTheirMunicipalityWithMastersPractitionersAndDeputies() {
        CurrentUser coordinator = user(ScopedRole.inMunicipality(Role.COORDINATOR, municipality));

        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.unscoped(Role.MASTER))).isTrue();
        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.unscoped(Role.PRACTITIONER))).isTrue();
        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school)))
                .isTrue();
        assertThat(RoleGrantPolicy.grantableRoles(coordinator, teacherOfSchool))
                .containsExactly(Role.INSTITUTION_COORDINATOR, Role.MASTER, Role.PRACTITIONER);
    }

    @Test
    void regionalCoordinatorCoversEveryMunicipalityOfTheRegion() {
        CurrentUser coordinator = user(ScopedRole.inRegion(Role.COORDINATOR, region));

        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.unscoped(Role.MASTER))).isTrue();
        assertThat(RoleGrantPolicy.allows(coordinator, teacherElsewhere, ScopedRole.unscoped(Role.MASTER))).isFalse();
    }

    @Test
    void coordinatorMayNotGrantTerritorialOrAdministratorRoles() {
        CurrentUser coordinator = user(ScopedRole.inMunicipality(Role.COORDINATOR, municipality));

        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.inMunicipality(Role.COORDINATOR, municipality))).isFalse();
        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.inMunicipality(Role.VIEWER, municipality))).isFalse();
        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.unscoped(Role.ADMINISTRATOR))).isFalse();
    }

    @Test
    void coordinatorMakesADeputyOnlyOfThePersonsOwnOrganisation() {
        CurrentUser coordinator = user(ScopedRole.inMunicipality(Role.COORDINATOR, municipality));

        assertThat(RoleGrantPolicy.allows(coordinator, teacherOfSchool, ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, otherSchool)))
                .isFalse();
    }

    @Test
    void coordinatorMayNotGrantToPeopleOutsideTheirTerritory() {
        CurrentUser coordinator = user(ScopedRole.inMunicipality(Role.COORDINATOR, municipality));

        assertThat(RoleGrantPolicy.allows(coordinator, teacherElsewhere, ScopedRole.unscoped(Role.MASTER))).isFalse();
        assertThat(RoleGrantPolicy.mayManage(coordinator, teacherElsewhere)).isFalse();
    }

    @Test
    void deputyMayNameMastersAndPractitionersOfTheirOwnOrganisation() {
        CurrentUser deputy = user(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school));

        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.unscoped(Role.MASTER))).isTrue();
        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.unscoped(Role.PRACTITIONER))).isTrue();
        assertThat(RoleGrantPolicy.grantableRoles(deputy, teacherOfSchool)).containsExactly(Role.MASTER, Role.PRACTITIONER);
    }

    @Test
    void deputyMayNotGrantDeputyCoordinatorOrAdministratorRoles() {
        CurrentUser deputy = user(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school));

        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school))).isFalse();
        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.inMunicipality(Role.COORDINATOR, municipality))).isFalse();
        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.unscoped(Role.ADMINISTRATOR))).isFalse();
    }

    @Test
    void deputyMayNotGrantToPeopleOfAnotherOrganisation() {
        CurrentUser deputy = user(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, otherSchool));

        assertThat(RoleGrantPolicy.allows(deputy, teacherOfSchool, ScopedRole.unscoped(Role.MASTER))).isFalse();
    }

    @Test
    void mastersPractitionersAndViewersMayNotGrantAnything() {
        for (ScopedRole held : List.of(ScopedRole.unscoped(Role.MASTER), ScopedRole.unscoped(Role.PRACTITIONER),
                ScopedRole.inMunicipality(Role.VIEWER, municipality))) {
            assertThat(RoleGrantPolicy.grantableRoles(user(held), teacherOfSchool)).as(held.toString()).isEmpty();
        }
    }

    private static CurrentUser user(ScopedRole... roles) {
        return new CurrentUser(UUID.randomUUID(), new PersonId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
                "user@example.ru", null, new FullName("Пользователь", "Павел", null), List.of(roles), true);
    }
}
