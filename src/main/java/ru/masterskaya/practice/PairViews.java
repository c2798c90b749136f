package ru.masterskaya.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.PersonManagement;

/** Reads pairs for the pages: the pair page, «Мои пары» and file downloads, each only for those who may see the pair. */
@Service
@Transactional(readOnly = true)
public class PairViews {

    private final PracticePairs pairs;
    private final JournalEntryRepository entries;
    private final PracticeFileRepository files;
    private final CheckInRepository checkIns;
    private final EndReasonRepository reasons;
    private final PersonManagement people;
    private final TopicCatalogue topics;
    private final MentoringOptions mentoring;
    private final Clock clock;

    PairViews(PracticePairs pairs, JournalEntryRepository entries, PracticeFileRepository files, CheckInRepository checkIns,
            EndReasonRepository reasons, PersonManagement people, TopicCatalogue topics, MentoringOptions mentoring, Clock clock) {
        this.pairs = pairs;
        this.entries = entries;
        this.files = files;
        this.checkIns = checkIns;
        this.reasons = reasons;
        this.people = people;
        this.topics = topics;
        this.mentoring = mentoring;
        this.clock = clock;
    }

    public PairView view(PairId id, PairActor actor) {
        PracticePair pair = pairs.get(id, actor.personId(), actor.scope());
        PairSide side = actor.sideIn(pair);
        LocalDate today = LocalDate.now(clock);
        PairView.Party practitioner = party(pair.practitioner().personId());
        PairView.Party master = party(pair.master().personId());
        Map<UUID, List<PracticeFileRepository.Listed>> filesByEntry = new HashMap<>();
        PracticeFileRepository.Listed productFile = null;
        UUID productFileId = pair.product() == null ? null : pair.product().fileId();
        for (PracticeFileRepository.Listed file : files.listed(pair.getId())) {
            if (file.entryId() != null) {
                filesByEntry.computeIfAbsent(file.entryId(), key -> new ArrayList<>()).add(file);
            } else if (file.id().equals(productFileId)) {
                productFile = file;
            }
        }
        List<PairView.Entry> journal = new ArrayList<>();
        for (JournalEntry entry : entries.findByPairIdOrderByOccurredOnDescCreatedAtDesc(pair.getId())) {
            boolean visible = side != null || entry.shared();
            journal.add(new PairView.Entry(entry, entry.authorSide() == PairSide.MASTER ? master.shortName() : practitioner.shortName(),
                    visible, visible ? filesByEntry.getOrDefault(entry.getId(), List.of()).stream().map(PairViews::link).toList() : List.of()));
        }
        List<CheckIn> answers = checkIns.findByPairIdOrderByAnsweredAtDesc(pair.getId());
        boolean open = PairLife.checkInOpen(pair, today);
        boolean due = open && side != null && answers.stream().noneMatch(answer -> answer.side() == side);
        Map<UUID, String> mentoringNames = mentoring.all().stream().collect(Collectors.toMap(MentoringOption::getId, MentoringOption::getName));
        GradeLevel level = pair.gradedAt() == null ? null : GradeLevel.of(pair.gradePoints(), pair.gradeMaxPoints());
        return new PairView(pair, practitioner, master, topicName(pair), side, actor.coordinates(pair), journal, answers, open, due,
                endReasonName(pair), productFile == null ? null : link(productFile),
                name(mentoringNames, pair.plan().mentoringFormId()), name(mentoringNames, pair.plan().mentoringKindId()), level,
                NextStep.of(pair, side, due, today));
    }

    /** The person's own pairs of the year with the other side and the next step, newest first. */
    public List<PairRow> own(UUID personId, AcademicYear year) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, PairView.Party> parties = new HashMap<>();
        Function<UUID, PairView.Party> partyOf = id -> parties.computeIfAbsent(id, this::party);
        List<PairRow> rows = new ArrayList<>();
        for (PracticePair pair : pairs.withSide(personId, year)) {
            PairSide side = pair.requireSide(personId);
            UUID other = side == PairSide.MASTER ? pair.practitioner().personId() : pair.master().personId();
            boolean due = PairLife.checkInOpen(pair, today)
                    && checkIns.findByPairIdOrderByAnsweredAtDesc(pair.getId()).stream().noneMatch(answer -> answer.side() == side);
            rows.add(new PairRow(pair, side, partyOf.apply(other), topicName(pair), NextStep.of(pair, side, due, today)));
        }
        return rows;
    }

    /**
     * A file of the pair for download: the product's and shared entries' files for everyone who sees
     * the pair, files of private entries for the sides only; anything else is not found.
     */
    public PracticeFile file(PairId id, UUID fileId, PairActor actor) {
        PracticePair pair = pairs.get(id, actor.personId(), actor.scope());
        Optional<PracticeFile> file = files.findById(fileId).filter(found -> found.pairId().equals(pair.getId()));
        if (file.isPresent() && file.get().entryId() != null && actor.sideIn(pair) == null) {
            boolean shared = entries.findById(file.get().entryId()).map(JournalEntry::shared).orElse(false);
            file = shared ? file : Optional.empty();
        }
        return file.orElseThrow(() -> new PairNotFoundException(id));
    }

    private String topicName(PracticePair pair) {
        return topics.get(new TopicId(pair.topicId())).getName();
    }

    private @Nullable String endReasonName(PracticePair pair) {
        return pair.endReasonId() == null ? null : reasons.findById(pair.endReasonId()).map(EndReason::name).orElse(null);
    }

    private static @Nullable String name(Map<UUID, String> names, @Nullable UUID id) {
        return id == null ? null : names.get(id);
    }

    private static PairView.FileLink link(PracticeFileRepository.Listed file) {
        return new PairView.FileLink(file.id(), file.fileName(), file.size());
    }

    private PairView.Party party(UUID personId) {
        Person person = people.own(new PersonId(personId));
        return new PairView.Party(personId, person.getFullName().full(), person.getFullName().initialsFirst(),
                person.getOrganisation().getShortName());
    }
}
