package ru.masterskaya.matching.solver;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;

/**
 * A possible or chosen pair on its best topic, with the facts its explanation needs and the named
 * components whose sum is its score.
 */
public record PairScore(
        UUID practitionerId,
        UUID masterId,
        UUID topicId,
        int needPercent,
        DeficitLevel needLevel,
        int strength,
        boolean sameOrganisation,
        boolean sameMunicipality,
        @Nullable Format preferredFormat,
        boolean locked,
        List<ScoreComponent> components) {

    public PairScore {
        components = List.copyOf(components);
    }

    public long total() {
        long sum = 0;
        for (ScoreComponent component : components) {
            sum += component.points();
        }
        return sum;
    }

    /** Points of one kind, 0 if the pair has none. */
    public long points(ComponentKind kind) {
        long sum = 0;
        for (ScoreComponent component : components) {
            if (component.kind() == kind) {
                sum += component.points();
            }
        }
        return sum;
    }

    public boolean has(ComponentKind kind) {
        return components.stream().anyMatch(component -> component.kind() == kind);
    }

    public PairKey key() {
        return new PairKey(practitionerId, masterId);
    }

    PairScore asLocked() {
        return new PairScore(practitionerId, masterId, topicId, needPercent, needLevel, strength, sameOrganisation,
                sameMunicipality, preferredFormat, true, components);
    }
}
