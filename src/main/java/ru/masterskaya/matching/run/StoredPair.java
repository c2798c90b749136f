package ru.masterskaya.matching.run;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.matching.solver.Format;
import ru.masterskaya.matching.solver.PairScore;
import ru.masterskaya.matching.solver.ScoreComponent;

/** A pair of a stored run with its score components, the Russian explanation and whether it was published. */
public record StoredPair(UUID practitionerId, UUID practitionerOrganisationId, UUID masterId, UUID masterOrganisationId, UUID topicId,
        int needPercent, DeficitLevel needLevel, int strength, boolean sameOrganisation, boolean sameMunicipality,
        @Nullable Format preferredFormat, boolean locked, long score, List<ScoreComponent> components, String explanation,
        boolean published) {

    public StoredPair {
        components = List.copyOf(components);
    }

    /** The pair as the solver gave it, for checking a stored result against its problem. */
    public PairScore toPairScore() {
        return new PairScore(practitionerId, masterId, topicId, needPercent, needLevel, strength, sameOrganisation, sameMunicipality,
                preferredFormat, locked, components);
    }
}
