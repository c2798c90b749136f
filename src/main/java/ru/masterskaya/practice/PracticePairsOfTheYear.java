package ru.masterskaya.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.PairsOfTheYear;

/** Tells matching which pairs of the year work and which were declined or ended early. */
@Component
class PracticePairsOfTheYear implements PairsOfTheYear {

    private final PracticePairRepository pairs;

    PracticePairsOfTheYear(PracticePairRepository pairs) {
        this.pairs = pairs;
    }

    @Override
    @Transactional(readOnly = true)
    public Held of(AcademicYear year) {
        return held(pairs.sidesOfYear(year.startYear()));
    }

    @Override
    @Transactional(readOnly = true)
    public Held with(UUID personId, AcademicYear year) {
        return held(pairs.sidesOfYearWith(personId, year.startYear()));
    }

    private static Held held(List<PracticePairRepository.SidesAndStatus> pairs) {
        Set<Sides> working = new HashSet<>();
        Set<Sides> givenUp = new HashSet<>();
        for (PracticePairRepository.SidesAndStatus pair : pairs) {
            Sides sides = new Sides(pair.getPractitionerId(), pair.getMasterId());
            if (pair.getStatus() == PairStatus.DECLINED || pair.getStatus() == PairStatus.ENDED_EARLY) {
                givenUp.add(sides);
            } else {
                working.add(sides);
            }
        }
        return new Held(working, givenUp);
    }
}
