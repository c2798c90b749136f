package ru.masterskaya.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.needs.MasterCandidate;
import ru.masterskaya.diagnostics.needs.MasterCandidates;
import ru.masterskaya.diagnostics.needs.TopicCandidates;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.MentoringDimension;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;
import ru.masterskaya.matching.offer.OfferParameters;
import ru.masterskaya.matching.offer.ProposalNotice;
import ru.masterskaya.matching.request.PractitionerRequest;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestRow;
import ru.masterskaya.matching.request.RequestTopic;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonId;
import ru.masterskaya.registry.RegistryScope;

/**
 * The inputs of matching in the demo town, so that a coordinator can press «Подбор пар» at once:
 * masters' offers proposed to the master candidates of the finished campaign and to the demo
 * master, most of them confirmed by the master, a few still waiting and one withdrawn; and the
 * practitioners' requests generated from the self-diagnosis, about half with a chosen priority and
 * some with preferences. Everything goes through the same services the coordinator's and the
 * teachers' pages use, so consent and the rules of a request apply as for real data.
 */
@Component
class DemoMatching {

    /** Offers in all, the demo master's included. */
    static final int OFFERS = 30;
    static final int STILL_PROPOSED = 3;
    static final int TOPICS_PER_OFFER = 3;
    static final double PRIORITY_SHARE = 0.5;
    static final double FORMAT_SHARE = 0.3;
    static final double NOT_OWN_ORGANISATION_SHARE = 0.2;

    /** Topics whose demand pairs cannot carry: each gets an offer, so the run proposes group formats for the rest. */
    static final List<Integer> CROWDED_TOPICS = List.of(601, 201);

    /** The topic the demo master is strong on and the demo practitioner needs. */
    static final int LESSON_VISITS = 203;

    private static final List<MeetingFormat> FORMATS = List.of(MeetingFormat.IN_PERSON, MeetingFormat.MIXED, MeetingFormat.IN_PERSON,
            MeetingFormat.REMOTE, MeetingFormat.MIXED);

    /** What was loaded, for the log. */
    record Loaded(AcademicYear year, int offers, int confirmed, int openRequests, int prioritised) {}

    private final MasterCandidates candidates;
    private final MasterOffers offers;
    private final MentoringOptions mentoring;
    private final PractitionerRequests requests;
    private final Profiles profiles;
    private final EntityManager entityManager;

    DemoMatching(MasterCandidates candidates, MasterOffers offers, MentoringOptions mentoring, PractitionerRequests requests,
            Profiles profiles, EntityManager entityManager) {
        this.candidates = candidates;
        this.offers = offers;
        this.mentoring = mentoring;
        this.requests = requests;
        this.profiles = profiles;
        this.entityManager = entityManager;
    }

    /** Runs inside the loader's transaction, after the campaigns; the year is that of the finished campaign. */
    Loaded load(long seed, AcademicYear year, Municipality municipality, Person master, Person practitioner) {
        return DemoAuthentication.asAdministrator(() -> {
            entityManager.flush();
            entityManager.clear();
            Random random = new Random(seed * 37 + 5);
            Map<UUID, Set<UUID>> chosen = masters(year, master);
            int confirmed = offer(year, municipality, chosen, random);
            int open = requests.generate(year, RegistryScope.EVERYTHING);
            int prioritised = choose(year, practitioner, random);
            return new Loaded(year, chosen.size(), confirmed, open, prioritised);
        });
    }

    /**
     * The demo master first, then the best candidate of the crowded topics, then the candidates of
     * every topic in turn, best first, until there are enough; each with the topics they are ready on.
     */
    private Map<UUID, Set<UUID>> masters(AcademicYear year, Person master) {
        List<TopicCandidates> byTopic = new ArrayList<>(candidates.ofYear(year, RegistryScope.EVERYTHING));
        List<UUID> crowded = CROWDED_TOPICS.stream().map(DemoInstrument::topic).toList();
        byTopic.sort(Comparator.comparingInt(topic -> crowded.contains(topic.topicId()) ? crowded.indexOf(topic.topicId()) : crowded.size()));
        Map<UUID, Set<UUID>> readyOn = new LinkedHashMap<>();
        for (TopicCandidates topic : byTopic) {
            for (MasterCandidate candidate : topic.candidates()) {
                readyOn.computeIfAbsent(candidate.personId(), key -> new LinkedHashSet<>()).add(topic.topicId());
            }
        }
        Map<UUID, Set<UUID>> chosen = new LinkedHashMap<>();
        chosen.put(master.getId(), strongTopics(master));
        int deepest = byTopic.stream().mapToInt(topic -> topic.candidates().size()).max().orElse(0);
        for (int rank = 0; rank < deepest && chosen.size() < OFFERS; rank++) {
            for (TopicCandidates topic : byTopic) {
                if (rank < topic.candidates().size() && chosen.size() < OFFERS) {
                    UUID personId = topic.candidates().get(rank).personId();
                    chosen.computeIfAbsent(personId, key -> first(readyOn.get(key), topic.topicId()));
                }
            }
        }
        return chosen;
    }

    /** The topic they were chosen for, then their other ready topics, at most {@link #TOPICS_PER_OFFER}. */
    private static Set<UUID> first(Set<UUID> ready, UUID topicId) {
        Set<UUID> topics = new LinkedHashSet<>();
        topics.add(topicId);
        ready.stream().limit(TOPICS_PER_OFFER).forEach(topic -> {
            if (topics.size() < TOPICS_PER_OFFER) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /** The demo master's offer: lesson visits, and their other topics at the master level of the finished self-diagnosis. */
    private Set<UUID> strongTopics(Person master) {
        Set<UUID> topics = new LinkedHashSet<>();
        topics.add(DemoInstrument.topic(LESSON_VISITS));
        profiles.ownResponses(master.id()).stream()
                .filter(response -> response.status() == ResponseStatus.FINISHED && response.getTopicScores() != null)
                .max(Comparator.comparing(DiagnosisResponse::getSubmittedAt))
                .map(profiles::plain).map(Profile::topics).orElse(List.of()).stream()
                .filter(topic -> topic.percent() >= DemoAnswers.MASTER_LEVEL)
                .sorted(Comparator.comparingInt(Profile.TopicResult::percent).reversed().thenComparing(Profile.TopicResult::name))
                .forEach(topic -> {
                    if (topics.size() < TOPICS_PER_OFFER) {
                        topics.add(topic.topicId());
                    }
                });
        return topics;
    }

    /**
     * Proposes every offer as the coordinator does and confirms it as the master does on their page,
     * except the last few, which still wait for consent, and the very last, which was withdrawn. No
     * e-mail is queued: the demo people's addresses are in a reserved domain that no SMTP server delivers to.
     */
    private int offer(AcademicYear year, Municipality municipality, Map<UUID, Set<UUID>> chosen, Random random) {
        List<MentoringOption> forms = options(MentoringDimension.FORM);
        List<MentoringOption> kinds = options(MentoringDimension.KIND);
        int index = 0;
        int confirmed = 0;
        for (Map.Entry<UUID, Set<UUID>> entry : chosen.entrySet()) {
            int capacity = 1 + random.nextInt(3);
            MeetingFormat format = FORMATS.get(random.nextInt(FORMATS.size()));
            boolean formalised = random.nextBoolean();
            OfferParameters parameters = new OfferParameters(entry.getKey(), entry.getValue(), capacity, capacity * (1 + random.nextInt(2)),
                    format, Set.of(municipality.getId()), Set.of(),
                    Set.of(forms.get(random.nextInt(forms.size())).getId(), kinds.get(random.nextInt(kinds.size())).getId()),
                    formalised ? "№ " + (101 + index) + "-о" : null,
                    formalised ? LocalDate.of(year.startYear(), Month.SEPTEMBER, 1 + index % 28) : null);
            MasterOffer offer = offers.propose(year, parameters, RegistryScope.EVERYTHING, DemoDataLoader.ACTOR, ProposalNotice.NONE);
            int position = index++;
            if (position == chosen.size() - 1) {
                offers.withdraw(offer.getId(), RegistryScope.EVERYTHING);
            } else if (position < chosen.size() - 1 - STILL_PROPOSED) {
                offers.confirm(offer.getId(), new PersonId(entry.getKey()), capacity, format);
                confirmed++;
            }
        }
        return confirmed;
    }

    private List<MentoringOption> options(MentoringDimension dimension) {
        return mentoring.active().stream().filter(option -> option.getDimension() == dimension).toList();
    }

    /**
     * About half of the practitioners choose their deepest need as the priority, some also a format
     * or no master from their own school. The demo practitioner's choices are left for whoever tries the demo.
     */
    private int choose(AcademicYear year, Person practitioner, Random random) {
        int prioritised = 0;
        for (RequestRow row : requests.list(year, RegistryScope.EVERYTHING)) {
            PractitionerRequest request = row.request();
            if (row.practitioner().getId().equals(practitioner.getId()) || request.getTopics().isEmpty()) {
                continue;
            }
            @Nullable UUID priority = random.nextDouble() < PRIORITY_SHARE ? deepest(request.getTopics(), random) : null;
            @Nullable MeetingFormat format = random.nextDouble() < FORMAT_SHARE ? FORMATS.get(random.nextInt(FORMATS.size())) : null;
            boolean ownOrganisation = random.nextDouble() >= NOT_OWN_ORGANISATION_SHARE;
            if (priority != null || format != null || !ownOrganisation) {
                requests.choose(request.getId(), row.practitioner().id(), priority, format, ownOrganisation);
            }
            if (priority != null) {
                prioritised++;
            }
        }
        return prioritised;
    }

    /** Most choose the topic they are weakest in; some another of their needs. */
    private static UUID deepest(List<RequestTopic> topics, Random random) {
        if (random.nextDouble() < 0.3) {
            return topics.get(random.nextInt(topics.size())).getTopicId();
        }
        return topics.stream().min(Comparator.comparingInt(RequestTopic::getPercent)).orElseThrow().getTopicId();
    }
}
