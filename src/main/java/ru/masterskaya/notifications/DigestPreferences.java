package ru.masterskaya.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's digest frequency, as they chose it on their notifications page. */
@Service
public class DigestPreferences {

    private final DigestPreferenceRepository preferences;
    private final Clock clock;

    DigestPreferences(DigestPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DigestFrequency frequencyOf(UUID personId) {
        return preferences.findById(personId).map(DigestPreference::getFrequency).orElse(DigestFrequency.DEFAULT);
    }

    /** The frequencies of many people at once, with the default for those who never chose. */
    @Transactional(readOnly = true)
    public Map<UUID, DigestFrequency> frequenciesOf(Collection<UUID> personIds) {
        Map<UUID, DigestFrequency> frequencies = new HashMap<>();
        personIds.forEach(person -> frequencies.put(person, DigestFrequency.DEFAULT));
        if (!personIds.isEmpty()) {
            preferences.findByPersonIdIn(personIds).forEach(stored -> frequencies.put(stored.getPersonId(), stored.getFrequency()));
        }
        return frequencies;
    }

    @Transactional
    public void change(UUID personId, DigestFrequency frequency) {
        preferences.findById(personId).ifPresentOrElse(
                stored -> stored.change(frequency, clock.instant()),
                () -> preferences.save(new DigestPreference(personId, frequency, clock.instant())));
    }
}
