package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistryScopeTest {

    final Region region = new Region("Энская область");
    final Municipality town = new Municipality(region, "Городской округ Заречный");
    final Municipality village = new Municipality(region, "Сельский район");

    @Test
    void administratorSeesEverything() {
        RegistryScope scope = RegistryScope.of(List.of(ScopedRole.unscoped(Role.ADMINISTRATOR)));

        assertThat(scope.everything()).isTrue();
        assertThat(scope.covers(village)).isTrue();
    }

    @Test
    void coordinatorOfAMunicipalitySeesOnlyThatMunicipality() {
        RegistryScope scope = RegistryScope.of(List.of(ScopedRole.inMunicipality(Role.COORDINATOR, town.getId())));

        assertThat(scope.covers(town)).isTrue();
        assertThat(scope.covers(village)).isFalse();
        assertThat(scope.managesTerritory()).isTrue();
    }

    @Test
    void coordinatorOfARegionSeesAllItsMunicipalities() {
        RegistryScope scope = RegistryScope.of(List.of(ScopedRole.inRegion(Role.COORDINATOR, region.getId())));

        assertThat(scope.covers(town)).isTrue();
        assertThat(scope.covers(village)).isTrue();
        assertThat(scope.covers(new Municipality(new Region("Другая область"), "Город"))).isFalse();
    }

    @Test
    void deputyDirectorManagesOnlyTheirOrganisationAndNoTerritory() {
        UUID school = UUID.randomUUID();
        RegistryScope scope = RegistryScope.of(List.of(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school)));

        assertThat(scope.organisationIds()).containsExactly(school);
        assertThat(scope.covers(town)).isFalse();
        assertThat(scope.managesTerritory()).isFalse();
    }

    @Test
    void teachersMastersAndViewersManageNothingInTheRegistry() {
        RegistryScope scope = RegistryScope.of(List.of(
                ScopedRole.unscoped(Role.MASTER),
                ScopedRole.unscoped(Role.PRACTITIONER),
                ScopedRole.inMunicipality(Role.VIEWER, town.getId())));

        assertThat(scope.isEmpty()).isTrue();
    }

    @Test
    void scopesOfSeveralRolesAddUp() {
        UUID school = UUID.randomUUID();
        RegistryScope scope = RegistryScope.of(List.of(
                ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school),
                ScopedRole.inMunicipality(Role.COORDINATOR, village.getId())));

        assertThat(scope.organisationIds()).containsExactly(school);
        assertThat(scope.covers(village)).isTrue();
    }

    @Test
    void aViewerManagesNothingButReadsTheReportsOfTheirTerritory() {
        UUID school = UUID.randomUUID();
        List<ScopedRole> roles = List.of(ScopedRole.inMunicipality(Role.VIEWER, town.getId()),
                ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, school));

        RegistryScope managed = RegistryScope.of(roles);
        RegistryScope read = RegistryScope.forReading(roles);

        assertThat(managed.covers(town)).isFalse();
        assertThat(read.covers(town)).isTrue();
        assertThat(read.covers(village)).isFalse();
        assertThat(read.organisationIds()).containsExactly(school);
    }
}
