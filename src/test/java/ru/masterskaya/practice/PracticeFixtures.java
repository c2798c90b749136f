package ru.masterskaya.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/**
 * A proposed pair in a town of its own: a master at a school, a practitioner at a kindergarten, the
 * coordinator of the town, and helpers that move the pair on through {@link PairLife} as its sides would.
 */
@TestComponent
public class PracticeFixtures {

    public static final String PASSWORD = "secret-password";

    private final RegistryFixtures registry;
    private final PracticePairs pairs;
    private final PairLife life;
    private final Clock clock;

    PracticeFixtures(RegistryFixtures registry, PracticePairs pairs, PairLife life, Clock clock) {
        this.registry = registry;
        this.pairs = pairs;
        this.life = life;
        this.clock = clock;
    }

    public record Scene(PairId pair, CurrentUser master, CurrentUser practitioner, CurrentUser coordinator, Municipality municipality,
            Organisation school, Organisation kindergarten, AcademicYear year) {

        public PairActor masterActor() {
            return PairActor.of(master);
        }

        public PairActor practitionerActor() {
            return PairActor.of(practitioner);
        }
    }

    public Scene proposed() {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Organisation kindergarten = registry.kindergarten(municipality);
        CurrentUser master = registry.user(registry.teacher(school, "Тимофеева", "Елена"), PASSWORD, ScopedRole.unscoped(Role.MASTER));
        CurrentUser practitioner = registry.user(registry.teacher(kindergarten, "Орлов", "Иван"), PASSWORD,
                ScopedRole.unscoped(Role.PRACTITIONER));
        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        PracticePair pair = pairs.createManually(new ManualPairParameters(year, practitioner.personId().value(), master.personId().value(),
                DiagnosticsFixtures.NETWORK_COMMUNITY), coordinator.registryScope(), coordinator.getUsername());
        return new Scene(pair.id(), master, practitioner, coordinator, municipality, school, kindergarten, year);
    }

    /** A plan that started 30 days ago and ends in 10, so its midpoint has passed and the check-in is open. */
    public static PlanParameters planPastMidpoint(LocalDate today) {
        return new PlanParameters("Разработать положение о сетевом сообществе педагогов ДОУ", "положение о сетевом сообществе",
                today.minusDays(30), today.plusDays(10), "раз в две недели", null, null, null, null, null, null, null);
    }

    /** A plan that starts today and ends in half a year, so its check-in is not open yet. */
    public static PlanParameters planAhead(LocalDate today) {
        return new PlanParameters("Разработать сценарий форсайт-сессии", "сценарий форсайт-сессии", today, today.plusMonths(6),
                "раз в неделю", null, null, null, null, null, null, null);
    }

    public Scene agreed(PlanParameters plan) {
        Scene scene = proposed();
        life.changePlan(scene.pair(), scene.masterActor(), plan, true);
        life.agree(scene.pair(), scene.practitionerActor());
        return scene;
    }

    public Scene active(PlanParameters plan) {
        Scene scene = agreed(plan);
        life.addEntry(scene.pair(), scene.practitionerActor(), new EntryParameters(JournalEntryKind.MEETING, LocalDate.now(clock), 45,
                "Первая встреча: обсудили структуру положения", false, List.of()));
        return scene;
    }

    /** An active pair whose master recorded and graded the product at the highest level of every criterion. */
    public Scene graded() {
        return grade(active(planPastMidpoint(LocalDate.now(clock))));
    }

    /** The master records and grades the product and the practitioner confirms it, consenting to publish the review. */
    public Scene complete(Scene scene) {
        grade(scene);
        life.complete(scene.pair(), scene.practitionerActor(), new CompletionParameters("Спасибо мастеру за практику", true,
                "Я согласен(на) на публикацию моего отзыва о практике", "127.0.0.1"));
        return scene;
    }

    private Scene grade(Scene scene) {
        life.recordProduct(scene.pair(), scene.masterActor(), new ProductParameters("Положение о сетевом сообществе педагогов", "положение",
                "https://example.org/polozhenie", null));
        Map<UUID, Integer> levels = new java.util.HashMap<>();
        life.activeRubric().forEach(criterion -> levels.put(criterion.getId(), criterion.levels().size() - 1));
        life.grade(scene.pair(), scene.masterActor(), new GradeParameters(levels, "Продукт готов к применению"));
        return scene;
    }
}
