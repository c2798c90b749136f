package ru.masterskaya.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.AcademicYears;
import ru.masterskaya.demo.DemoTownRegistration.Member;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignHistory;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRecorder;
import ru.masterskaya.diagnostics.campaign.ResponseSource;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.YoungSpecialistPolicy;

/**
 * The self-diagnosis of the demo town: the instrument, an autumn campaign of all teaching staff
 * that is over, with answers drawn from each person's mastery of the topics, and a campaign of the
 * young specialists that is running now, so that both the needs page and the respondent's form
 * can be tried at once. Kindergartens barely took part in the autumn, as is common, which the
 * needs page should make visible.
 */
@Component
class DemoCampaigns {

    static final String FINISHED_TITLE = "Самодиагностика профессиональных дефицитов педагогов";
    static final String OPEN_TITLE = "Самодиагностика молодых специалистов";

    /** Share of the invitees of each organisation type who finished the autumn campaign. */
    static final Map<String, Double> FINISHED_SHARE = Map.of("SCHOOL", 0.86, "ADDITIONAL", 0.72, "PRESCHOOL", 0.12);
    static final double STARTED_SHARE = 0.065;
    static final int OPEN_FINISHED = 5;
    static final int OPEN_STARTED = 3;

    /**
     * The demo practitioner took part in the autumn campaign whatever their start at work, and needs
     * help with lesson visits, which the demo master offers: so that their request and a pair can be tried.
     */
    static final double PRACTITIONER_ON_LESSON_VISITS = 0.3;

    /** Responses recorded between two clearings of the persistence context. */
    private static final int BATCH = 10;

    private static final Set<String> NOT_TEACHING = Set.of("директор", "заведующий", "инженер-программист");
    private static final LocalTime START_OF_CAMPAIGN = LocalTime.of(9, 0);
    private static final LocalTime CLOSING_TIME = LocalTime.of(18, 0);

    /** What was loaded, and the personal link the log offers to whoever tries the demo. */
    record Loaded(Campaign finished, Campaign open, int invited, int finishedCount, String practitionerLink) {}

    private final Instruments instruments;
    private final CampaignHistory history;
    private final ResponseRecorder recorder;
    private final SelfDiagnosis selfDiagnosis;
    private final Campaigns campaigns;
    private final AcademicYears academicYears;
    private final PersonRepository people;
    private final EntityManager entityManager;
    private final Clock clock;
    private final String baseUrl;

    DemoCampaigns(Instruments instruments, CampaignHistory history, ResponseRecorder recorder, SelfDiagnosis selfDiagnosis,
            Campaigns campaigns, AcademicYears academicYears, PersonRepository people, EntityManager entityManager, Clock clock,
            @Value("${masterskaya.base-url}") String baseUrl) {
        this.instruments = instruments;
        this.history = history;
        this.recorder = recorder;
        this.selfDiagnosis = selfDiagnosis;
        this.campaigns = campaigns;
        this.academicYears = academicYears;
        this.people = people;
        this.entityManager = entityManager;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Runs inside the loader's transaction. */
    Loaded load(long seed, Municipality municipality, List<Member> staff, Person practitioner, Person master) {
        return DemoAuthentication.asAdministrator(() -> {
            Random random = new Random(seed * 31 + 17);
            InstrumentVersion version = instruments.create(DemoInstrument.TITLE, DemoInstrument.DESCRIPTION, DemoInstrument.items());
            DemoAnswers answers = new DemoAnswers(version.getItems(), random);
            Autumn autumn = autumnCampaign(municipality, staff, version, answers, random, practitioner, master);
            Campaign open = openCampaign(municipality, staff, version, answers, random, practitioner);
            String token = campaigns.responses(open, RegistryScope.EVERYTHING).stream()
                    .filter(response -> response.getPersonId().equals(practitioner.getId()))
                    .map(DiagnosisResponse::getToken).findFirst().orElseThrow();
            return new Loaded(autumn.campaign(), open, autumn.invited(), autumn.finished(), baseUrl + "/d/" + token);
        });
    }

    private record Autumn(Campaign campaign, int invited, int finished) {}

    private Autumn autumnCampaign(Municipality municipality, List<Member> staff, InstrumentVersion version, DemoAnswers answers,
            Random random, Person practitioner, Person master) {
        AcademicYear year = finishedCampaignYear();
        LocalDate opensOn = LocalDate.of(year.startYear(), Month.SEPTEMBER, 15);
        LocalDate closesOn = LocalDate.of(year.startYear(), Month.OCTOBER, 15);
        List<Member> invitees = staff.stream()
                .filter(member -> isTeachingStaff(member) && (member.planned().experienceSinceYear() <= year.startYear()
                        || member.person().getId().equals(practitioner.getId())))
                .toList();
        Campaign campaign = history.recordStarted(
                parameters(FINISHED_TITLE, year, version, municipality, opensOn, closesOn,
                        "Педагогические работники школ, детских садов и организаций дополнительного образования"),
                invitees.stream().map(Member::person).toList(), RegistryScope.EVERYTHING, DemoDataLoader.ACTOR, at(opensOn, START_OF_CAMPAIGN));
        Map<Member, Outcome> outcomes = outcomes(invitees, random);
        invitees.stream().filter(member -> isAccount(member, practitioner) || isAccount(member, master))
                .forEach(member -> outcomes.put(member, Outcome.FINISHED));
        int finished = 0;
        int recorded = 0;
        for (Member invitee : invitees) {
            if (recorded++ % BATCH == 0) {
                keepThePersistenceContextSmall();
            }
            Outcome outcome = outcomes.get(invitee);
            boolean young = YoungSpecialistPolicy.applies(
                    invitee.planned().birthYear(), invitee.planned().experienceSinceYear(), year.startYear());
            Map<UUID, Double> skills = DemoSkills.of(invitee.planned(), young, random);
            if (isAccount(invitee, practitioner)) {
                skills.put(DemoInstrument.topic(DemoMatching.LESSON_VISITS), PRACTITIONER_ON_LESSON_VISITS);
            } else if (isAccount(invitee, master)) {
                skills.put(DemoInstrument.topic(DemoMatching.LESSON_VISITS), 1.0);
            }
            Instant moment = momentDuring(opensOn, random);
            if (outcome == Outcome.FINISHED) {
                DemoAnswers.Filled filled = answers.complete(skills);
                recorder.recordSubmitted(campaign.getId(), invitee.person(), filled.answers(), filled.readyTopics(), moment, ResponseSource.LINK);
                finished++;
            } else if (outcome == Outcome.STARTED) {
                history.recordStartedResponse(campaign.getId(), invitee.person(), answers.partial(skills), RegistryScope.EVERYTHING, moment);
            }
        }
        history.recordClosed(campaign.getId(), RegistryScope.EVERYTHING, at(closesOn, CLOSING_TIME));
        return new Autumn(campaign, invitees.size(), finished);
    }

    /**
     * Every query flushes, and a flush looks at every entity the transaction holds: with thousands
     * of answers held, recording the campaign would take minutes instead of seconds. What is written
     * is never needed as an entity again, and the people are only asked for their ids.
     */
    private void keepThePersistenceContextSmall() {
        entityManager.flush();
        entityManager.clear();
    }

    /**
     * The autumn campaign runs from 15 September to 15 October; until it is over in the current
     * academic year, the finished one shown is last year's.
     */
    AcademicYear finishedCampaignYear() {
        AcademicYear current = academicYears.current();
        LocalDate closesOn = LocalDate.of(current.startYear(), Month.OCTOBER, 15);
        return LocalDate.now(clock).isAfter(closesOn) ? current : current.previous();
    }

    private enum Outcome { FINISHED, STARTED, INVITED }

    /** Exactly the planned share of each organisation type finishes, and a few more stop part-way. */
    private static Map<Member, Outcome> outcomes(List<Member> invitees, Random random) {
        Map<String, List<Member>> byType = new LinkedHashMap<>();
        invitees.forEach(member -> byType.computeIfAbsent(member.organisationType(), type -> new ArrayList<>()).add(member));
        Map<Member, Outcome> outcomes = new HashMap<>();
        byType.forEach((type, members) -> {
            List<Member> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            int finished = (int) Math.round(members.size() * FINISHED_SHARE.getOrDefault(type, 0.7));
            int started = (int) Math.round(members.size() * STARTED_SHARE);
            for (int index = 0; index < shuffled.size(); index++) {
                outcomes.put(shuffled.get(index),
                        index < finished ? Outcome.FINISHED : index < finished + started ? Outcome.STARTED : Outcome.INVITED);
            }
        });
        return outcomes;
    }

    private Campaign openCampaign(Municipality municipality, List<Member> staff, InstrumentVersion version, DemoAnswers answers,
            Random random, Person practitioner) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opensOn = today.minusWeeks(1);
        Instant startedAt = at(opensOn, START_OF_CAMPAIGN);
        List<Member> invitees = staff.stream()
                .filter(member -> isTeachingStaff(member) && member.person().isYoungSpecialist(today.getYear()))
                .toList();
        keepThePersistenceContextSmall();
        // the people held since the registration are detached now; their organisations are needed again
        Map<UUID, Person> people = this.people.findAllById(invitees.stream().map(member -> member.person().getId()).toList())
                .stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Campaign campaign = history.recordStarted(
                parameters(OPEN_TITLE, academicYears.current(), version, municipality, opensOn, today.plusWeeks(3),
                        "Молодые специалисты: педагоги до 35 лет со стажем не более трёх лет"),
                invitees.stream().map(member -> people.get(member.person().getId())).toList(),
                RegistryScope.EVERYTHING, DemoDataLoader.ACTOR, startedAt);
        List<Member> others = new ArrayList<>(invitees.stream()
                .filter(member -> !member.person().getId().equals(practitioner.getId())).toList());
        Collections.shuffle(others, random);
        long secondsSinceStart = Duration.between(startedAt, clock.instant()).toSeconds();
        for (Member member : others.subList(0, Math.min(OPEN_FINISHED, others.size()))) {
            DemoAnswers.Filled filled = answers.complete(DemoSkills.of(member.planned(), true, random));
            Instant submittedAt = startedAt.plusSeconds((long) (random.nextDouble() * secondsSinceStart * 0.9));
            recorder.recordSubmitted(campaign.getId(), people.get(member.person().getId()), filled.answers(), filled.readyTopics(),
                    submittedAt, ResponseSource.LINK);
        }
        Map<UUID, String> tokens = campaigns.responses(campaign, RegistryScope.EVERYTHING).stream()
                .collect(Collectors.toMap(DiagnosisResponse::getPersonId, DiagnosisResponse::getToken));
        for (Member member : others.subList(Math.min(OPEN_FINISHED, others.size()), Math.min(OPEN_FINISHED + OPEN_STARTED, others.size()))) {
            String token = tokens.get(member.person().getId());
            answers.partial(DemoSkills.of(member.planned(), true, random))
                    .forEach((itemId, value) -> selfDiagnosis.saveAnswer(token, itemId, value));
        }
        return campaign;
    }

    private static boolean isAccount(Member member, Person holder) {
        return member.person().getId().equals(holder.getId());
    }

    private static boolean isTeachingStaff(Member member) {
        return member.planned().active()
                && FINISHED_SHARE.containsKey(member.organisationType())
                && !NOT_TEACHING.contains(member.planned().position());
    }

    private static CampaignParameters parameters(String title, AcademicYear year, InstrumentVersion version, Municipality municipality,
            LocalDate opensOn, LocalDate closesOn, String invitees) {
        return new CampaignParameters(title, year, version.getId(), null, municipality.getId(), null, opensOn, closesOn,
                Thresholds.R201, DemoAnswers.MASTER_LEVEL, 7, invitees);
    }

    /** A moment of the campaign's first month: many answer in the first week, others after reminders. */
    private Instant momentDuring(LocalDate opensOn, Random random) {
        double band = random.nextDouble();
        int day = band < 0.45 ? random.nextInt(7) : band < 0.75 ? 7 + random.nextInt(11) : 18 + random.nextInt(12);
        return at(opensOn.plusDays(day), LocalTime.of(START_OF_CAMPAIGN.getHour() + random.nextInt(13), 1 + random.nextInt(59)));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }
}
