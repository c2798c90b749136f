package ru.masterskaya.practice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who acts on a pair: a person, the part of the registry they coordinate, and the name the audit
 * and {@code createdBy} columns record. A side acts as a side; a coordinator whose scope covers
 * either side acts as the coordinator of the pair.
 */
public record PairActor(UUID personId, RegistryScope scope, String name) {

    public static PairActor of(CurrentUser user) {
        return new PairActor(user.personId().value(), user.registryScope(), user.getUsername());
    }

    /** A side of a pair acting without any coordinator's scope, as the demo data and one-time links do. */
    public static PairActor person(UUID personId, String name) {
        return new PairActor(personId, RegistryScope.NOTHING, name);
    }

    public @Nullable PairSide sideIn(PracticePair pair) {
        return pair.sideOf(personId);
    }

    /** Whether the actor coordinates the pair: their scope covers the practitioner's or the master's workplace. */
    public boolean coordinates(PracticePair pair) {
        return PairAccess.covers(scope, pair.practitioner()) || PairAccess.covers(scope, pair.master());
    }

    public boolean canRead(PracticePair pair) {
        return PairAccess.canRead(pair, personId, scope);
    }
}
