package ru.masterskaya.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.practice.attention.link.PairLinkHolder;
import ru.masterskaya.practice.attention.link.PairLinkNotUsable;
import ru.masterskaya.practice.attention.link.PairLinks;

/**
 * What the sides and the coordinator do with a pair, each change checked twice: the actor must be
 * allowed to (a side, or a coordinator whose scope covers the pair; others do not even find it), and
 * the pair must allow it ({@link PracticeRuleBroken}). E-mails and events go out in the same
 * transaction as the change.
 */
@Service
public class PairLife {

    private final PracticePairRepository pairs;
    private final JournalEntryRepository entries;
    private final PracticeFileRepository files;
    private final CheckInRepository checkIns;
    private final EndReasonRepository reasons;
    private final RubricCriterionRepository rubric;
    private final PairMails mails;
    private final TopicCatalogue topics;
    private final ApplicationEventPublisher events;
    private final PairLinks links;
    private final Clock clock;
    private final boolean mailing;

    @Autowired
    PairLife(PracticePairRepository pairs, JournalEntryRepository entries, PracticeFileRepository files, CheckInRepository checkIns,
            EndReasonRepository reasons, RubricCriterionRepository rubric, PairMails mails, TopicCatalogue topics,
            ApplicationEventPublisher events, PairLinks links, Clock clock) {
        this(pairs, entries, files, checkIns, reasons, rubric, mails, topics, events, links, clock, true);
    }

    private PairLife(PracticePairRepository pairs, JournalEntryRepository entries, PracticeFileRepository files, CheckInRepository checkIns,
            EndReasonRepository reasons, RubricCriterionRepository rubric, PairMails mails, TopicCatalogue topics,
            ApplicationEventPublisher events, PairLinks links, Clock clock, boolean mailing) {
        this.pairs = pairs;
        this.entries = entries;
        this.files = files;
        this.checkIns = checkIns;
        this.reasons = reasons;
        this.rubric = rubric;
        this.mails = mails;
        this.topics = topics;
        this.events = events;
        this.links = links;
        this.clock = clock;
        this.mailing = mailing;
    }

    /**
     * The same service on another clock, for the demo data that writes a pair's past weeks. What it
     * changes happened in the past, so it e-mails nobody; events are published as usual. It is not a
     * Spring proxy: the caller runs it inside its own transaction.
     */
    public PairLife at(Clock otherClock) {
        return new PairLife(pairs, entries, files, checkIns, reasons, rubric, mails, topics, events, links, otherClock, false);
    }

    // ---- agreement

    /** A side or the coordinator sets the plan; a side may agree to it at once, which leaves only the other side to agree. */
    @Transactional
    public PracticePair changePlan(PairId id, PairActor actor, PlanParameters parameters, boolean agreeAtOnce) {
        PracticePair pair = load(id, actor);
        requireSideOrCoordinator(pair, actor);
        PracticePlan before = pair.plan();
        pair.changePlan(parameters.toPlan());
        PairSide side = actor.sideIn(pair);
        if (agreeAtOnce && side != null && pair.agreedAt(side) == null) {
            pair.agree(side, clock.instant());
        }
        if (mailing && !before.equals(pair.plan())) {
            mails.planChanged(pair, actor);
        }
        if (mailing && pair.status() == PairStatus.AGREED) {
            mails.agreed(pair);
        }
        return pair;
    }

    @Transactional
    public PracticePair agree(PairId id, PairActor actor) {
        PracticePair pair = load(id, actor);
        pair.agree(pair.requireSide(actor.personId()), clock.instant());
        if (mailing && pair.status() == PairStatus.AGREED) {
            mails.agreed(pair);
        }
        return pair;
    }

    @Transactional
    public PracticePair decline(PairId id, PairActor actor, EndParameters parameters) {
        PracticePair pair = load(id, actor);
        PairSide side = pair.requireSide(actor.personId());
        pair.decline(side, reason(parameters.reasonId()), PlanParameters.clean(parameters.note()), clock.instant());
        return pair;
    }

    // ---- the journal

    /** A side records an entry; its files are checked first, and a bad one saves nothing. */
    @Transactional
    public JournalEntry addEntry(PairId id, PairActor actor, EntryParameters parameters) {
        List<UploadedFile> accepted = PracticeFileRules.accept(parameters.files());
        return record(load(id, actor), actor, parameters, accepted);
    }

    /**
     * A side records an entry through the one-time link of a reminder, which is used up in the same
     * transaction: the link is the only credential, so a second submission of it is refused.
     */
    @Transactional
    public JournalEntry addEntryByLink(String token, EntryParameters parameters) {
        List<UploadedFile> accepted = PracticeFileRules.accept(parameters.files());
        PairLinkHolder holder = links.redeem(token);
        PracticePair pair = pairs.findById(holder.pairId()).orElseThrow(PairLinkNotUsable::new);
        return record(pair, PairActor.person(holder.personId(), PairLinks.PATH), parameters, accepted);
    }

    private JournalEntry record(PracticePair pair, PairActor actor, EntryParameters parameters, List<UploadedFile> accepted) {
        pair.requireSide(actor.personId());
        pair.recordEntry(parameters.kind(), parameters.occurredOn(), today());
        JournalEntry entry = entries.save(new JournalEntry(pair, actor.personId(), parameters.kind(), parameters.occurredOn(),
                parameters.minutes(), PlanParameters.clean(parameters.note()), parameters.shared(), clock.instant()));
        for (UploadedFile file : accepted) {
            files.save(new PracticeFile(pair.getId(), entry.getId(), actor.personId(), file.fileName(), file.contentType(), file.content(),
                    clock.instant()));
        }
        return entry;
    }

    @Transactional
    public PracticePair pause(PairId id, PairActor actor, LocalDate resumeOn) {
        PracticePair pair = load(id, actor);
        requireSideOrCoordinator(pair, actor);
        pair.pause(resumeOn, today());
        return pair;
    }

    @Transactional
    public PracticePair resume(PairId id, PairActor actor) {
        PracticePair pair = load(id, actor);
        requireSideOrCoordinator(pair, actor);
        pair.resume();
        return pair;
    }

    @Transactional
    public PracticePair endEarly(PairId id, PairActor actor, EndParameters parameters) {
        PracticePair pair = load(id, actor);
        requireSideOrCoordinator(pair, actor);
        require(pair.status() != PairStatus.PROPOSED, PracticeRule.NOT_IN_STATUS);
        pair.endEarly(reason(parameters.reasonId()), PlanParameters.clean(parameters.note()), clock.instant());
        return pair;
    }

    // ---- check-ins

    /** Whether the midpoint check-in is open: the pair works and its planned midpoint has come. */
    public static boolean checkInOpen(PracticePair pair, LocalDate today) {
        LocalDate midpoint = pair.plan().midpoint();
        return pair.status().isUnderway() && midpoint != null && !today.isBefore(midpoint);
    }

    /** A side answers the midpoint check-in once; a low answer or a call for help raises the pair's attention flag. */
    @Transactional
    public CheckIn checkIn(PairId id, PairActor actor, CheckInParameters parameters) {
        PracticePair pair = load(id, actor);
        PairSide side = pair.requireSide(actor.personId());
        require(checkInOpen(pair, today()), PracticeRule.CHECK_IN_NOT_DUE);
        require(checkIns.findByPairIdOrderByAnsweredAtDesc(pair.getId()).stream().noneMatch(answer -> answer.side() == side),
                PracticeRule.CHECK_IN_ALREADY_ANSWERED);
        pair.checkIn(parameters.progress(), parameters.needsHelp(), clock.instant());
        return checkIns.save(new CheckIn(pair.getId(), side, parameters.progress(), parameters.needsHelp(),
                PlanParameters.clean(parameters.comment()), clock.instant()));
    }

    /** The coordinator has looked at a pair that asked for attention. */
    @Transactional
    public PracticePair acknowledgeAttention(PairId id, PairActor actor) {
        PracticePair pair = load(id, actor);
        require(actor.coordinates(pair), PracticeRule.NOT_A_COORDINATOR);
        pair.acknowledgeAttention();
        return pair;
    }

    // ---- completion

    /** The master records the product; a new file replaces the previous one, no file keeps it. */
    @Transactional
    public PracticePair recordProduct(PairId id, PairActor actor, ProductParameters parameters) {
        UploadedFile accepted = parameters.file() == null || parameters.file().isEmpty() ? null : PracticeFileRules.accept(parameters.file());
        PracticePair pair = load(id, actor);
        requireMaster(pair, actor);
        UUID fileId = pair.product() == null ? null : pair.product().fileId();
        if (pair.status() == PairStatus.ACTIVE && accepted != null) {
            fileId = files.save(new PracticeFile(pair.getId(), null, actor.personId(), accepted.fileName(), accepted.contentType(),
                    accepted.content(), clock.instant())).getId();
        }
        pair.recordProduct(new PracticeProduct(parameters.title().strip(), parameters.kind().strip(), PlanParameters.clean(parameters.link()),
                fileId));
        return pair;
    }

    /** The master grades the product on every active criterion of the rubric, copied as words. */
    @Transactional
    public PracticePair grade(PairId id, PairActor actor, GradeParameters parameters) {
        PracticePair pair = load(id, actor);
        requireMaster(pair, actor);
        List<CriterionGrade> grades = new ArrayList<>();
        for (RubricCriterion criterion : activeRubric()) {
            Integer level = parameters.levels().get(criterion.getId());
            require(level != null && level >= 0 && level < criterion.levels().size(), PracticeRule.NO_GRADE);
            grades.add(criterion.gradeAt(level));
        }
        pair.grade(grades, parameters.comment().strip(), clock.instant());
        return pair;
    }

    /** The practitioner confirms the graded product with a review and a separate answer on its publication. */
    @Transactional
    public PracticePair complete(PairId id, PairActor actor, CompletionParameters parameters) {
        PracticePair pair = load(id, actor);
        requirePractitioner(pair, actor);
        Instant now = clock.instant();
        PublicationConsent consent = new PublicationConsent(parameters.consentGiven(), parameters.consentText(), now,
                parameters.clientAddress());
        pair.complete(parameters.review().strip(), consent, today(), now);
        events.publishEvent(completed(pair));
        return pair;
    }

    /** The practitioner gives or withdraws the consent to publish the review later. */
    @Transactional
    public PracticePair changeConsent(PairId id, PairActor actor, ConsentParameters parameters) {
        PracticePair pair = load(id, actor);
        requirePractitioner(pair, actor);
        Instant now = clock.instant();
        pair.changeConsent(new PublicationConsent(parameters.given(), parameters.text(), now, parameters.clientAddress()));
        events.publishEvent(new ReviewPublicationConsentChanged(pair.getId(), pair.practitioner().personId(), parameters.given(),
                parameters.text(), now, parameters.clientAddress()));
        return pair;
    }

    /** The active criteria of the rubric in their order, as a master grades against them. */
    @Transactional(readOnly = true)
    public List<RubricCriterion> activeRubric() {
        return rubric.findAllByOrderByPosition().stream().filter(RubricCriterion::active).toList();
    }

    private PracticeCompleted completed(PracticePair pair) {
        PracticeProduct product = pair.product();
        PublicationConsent consent = pair.consent();
        int points = pair.gradePoints();
        int max = pair.gradeMaxPoints();
        var grade = new PracticeCompleted.Grade(GradeLevel.of(points, max).words(), points, max,
                pair.grades().stream().map(g -> new PracticeCompleted.CriterionGrade(g.criterion(), g.level(), g.points())).toList(),
                pair.gradeComment() == null ? "" : pair.gradeComment());
        var review = new PracticeCompleted.Review(pair.reviewText() == null ? "" : pair.reviewText(), consent != null && consent.given(),
                consent == null ? null : consent.text(), consent == null ? null : consent.at(), consent == null ? null : consent.from());
        return new PracticeCompleted(pair.getId(), pair.academicYear(), pair.practitioner().personId(), pair.master().personId(),
                pair.topicId(), topics.get(new TopicId(pair.topicId())).getName(), pair.startedOn(), requireNonNull(pair.completedOn()),
                new PracticeCompleted.Product(requireNonNull(product).title(), product.kind(), product.link()), grade, review);
    }

    private PracticePair load(PairId id, PairActor actor) {
        return pairs.findById(id.value()).filter(actor::canRead).orElseThrow(() -> new PairNotFoundException(id));
    }

    private @Nullable UUID reason(@Nullable UUID reasonId) {
        require(reasonId != null && reasons.findById(reasonId).isPresent(), PracticeRule.END_REASON_REQUIRED);
        return reasonId;
    }

    private static void requireSideOrCoordinator(PracticePair pair, PairActor actor) {
        require(actor.sideIn(pair) != null || actor.coordinates(pair), PracticeRule.NOT_A_SIDE);
    }

    private static void requireMaster(PracticePair pair, PairActor actor) {
        require(actor.sideIn(pair) == PairSide.MASTER, PracticeRule.NOT_THE_MASTER);
    }

    private static void requirePractitioner(PracticePair pair, PairActor actor) {
        require(actor.sideIn(pair) == PairSide.PRACTITIONER, PracticeRule.NOT_THE_PRACTITIONER);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> T requireNonNull(@Nullable T value) {
        return java.util.Objects.requireNonNull(value);
    }

    private static void require(boolean condition, PracticeRule rule) {
        if (!condition) {
            throw new PracticeRuleBroken(rule);
        }
    }
}
