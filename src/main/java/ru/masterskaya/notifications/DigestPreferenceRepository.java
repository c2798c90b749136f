package ru.masterskaya.notifications;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestPreferenceRepository extends JpaRepository<DigestPreference, UUID> {

    List<DigestPreference> findByPersonIdIn(Collection<UUID> personIds);
}
