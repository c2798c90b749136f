package ru.masterskaya.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScopedRoleTest {

    @Test
    void coordinatorNeedsARegionOrAMunicipality() {
        assertThat(ScopedRole.inMunicipality(Role.COORDINATOR, UUID.randomUUID()).isWellFormed()).isTrue();
        assertThat(ScopedRole.inRegion(Role.COORDINATOR, UUID.randomUUID()).isWellFormed()).isTrue();
        assertThat(ScopedRole.unscoped(Role.COORDINATOR).isWellFormed()).isFalse();
        assertThat(ScopedRole.inOrganisation(Role.COORDINATOR, UUID.randomUUID()).isWellFormed()).isFalse();
    }

    @Test
    void deputyDirectorNeedsAnOrganisation() {
        assertThat(ScopedRole.inOrganisation(Role.INSTITUTION_COORDINATOR, UUID.randomUUID()).isWellFormed()).isTrue();
        assertThat(ScopedRole.inMunicipality(Role.INSTITUTION_COORDINATOR, UUID.randomUUID()).isWellFormed()).isFalse();
    }

    @Test
    void mastersAndPractitionersHoldNoScope() {
        assertThat(ScopedRole.unscoped(Role.MASTER).isWellFormed()).isTrue();
        assertThat(ScopedRole.inOrganisation(Role.PRACTITIONER, UUID.randomUUID()).isWellFormed()).isFalse();
    }
}
