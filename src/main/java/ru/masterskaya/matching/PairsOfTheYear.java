package ru.masterskaya.matching;

import java.util.Set;
import java.util.UUID;
import ru.masterskaya.calendar.AcademicYear;

/**
 * What became of the year's pairs after matching made them, told by the module where pairs live
 * (practice implements it, so matching does not depend on practice). A run leaves a working pair
 * as it is, whether a run published it or a coordinator made it by hand; a declined or ended-early
 * pair no longer holds its practitioner or a place of its master, and the same two are not proposed
 * to each other again in that year.
 */
public interface PairsOfTheYear {

    Held of(AcademicYear year);

    /** The same, only the pairs where the person is a side: for their own pages. */
    Held with(UUID personId, AcademicYear year);

    /** Pairs by their sides: those that work (or worked to completion) and those that were given up. */
    record Held(Set<Sides> working, Set<Sides> givenUp) {

        public static final Held NONE = new Held(Set.of(), Set.of());

        public Held {
            working = Set.copyOf(working);
            givenUp = Set.copyOf(givenUp);
        }
    }

    record Sides(UUID practitionerId, UUID masterId) {}
}
