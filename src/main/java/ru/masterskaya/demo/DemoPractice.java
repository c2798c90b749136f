package ru.masterskaya.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.MentoringDimension;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;
import ru.masterskaya.matching.offer.OfferRow;
import ru.masterskaya.matching.offer.OfferStatus;
import ru.masterskaya.matching.offer.OfferTopic;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestRow;
import ru.masterskaya.matching.request.RequestTopic;
import ru.masterskaya.practice.CheckInParameters;
import ru.masterskaya.practice.CompletionParameters;
import ru.masterskaya.practice.EndParameters;
import ru.masterskaya.practice.EntryParameters;
import ru.masterskaya.practice.GradeParameters;
import ru.masterskaya.practice.JournalEntryKind;
import ru.masterskaya.practice.ManualPairParameters;
import ru.masterskaya.practice.PairActor;
import ru.masterskaya.practice.PairId;
import ru.masterskaya.practice.PairLife;
import ru.masterskaya.practice.PlanParameters;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.PracticeSettings;
import ru.masterskaya.practice.ProductParameters;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * Practice pairs of the demo town in every state a coordinator meets: just formed, agreeing, agreed,
 * working with a journal over the last weeks, silent for three weeks and more, paused, ended early,
 * declined, waiting for the practitioner's confirmation, and completed with a graded product and a
 * review, with and without consent to publish it. The demo master and practitioner work together on
 * lesson visits, at the midpoint of their plan. Each pair is formed by the coordinator's service and
 * lived through the pair's own rules on a clock set to the day each step happened.
 */
@Component
class DemoPractice {

    static final int OTHER_PAIRS = 17;

    /** The demo pair's topic: the master is strong on it and the practitioner needs it. */
    static final int LESSON_VISITS = DemoMatching.LESSON_VISITS;

    /** A documentation address (RFC 5737) as the address consents came from. */
    static final String CONSENT_ADDRESS = "192.0.2.10";

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final LocalTime EVENING = LocalTime.of(16, 30);

    enum Story {
        PROPOSED,
        HALF_AGREED,
        AGREED,
        ACTIVE,
        LOW_CHECK_IN,
        SILENT,
        PAUSED,
        ENDED_EARLY,
        DECLINED,
        AWAITING_CONFIRMATION,
        COMPLETED_PUBLIC,
        COMPLETED_PRIVATE
    }

    /** The order stories are given to the town's pairs in. */
    static final List<Story> STORIES = List.of(Story.COMPLETED_PUBLIC, Story.ACTIVE, Story.SILENT, Story.PROPOSED, Story.COMPLETED_PRIVATE,
            Story.LOW_CHECK_IN, Story.AGREED, Story.PAUSED, Story.COMPLETED_PUBLIC, Story.SILENT, Story.ENDED_EARLY, Story.HALF_AGREED,
            Story.ACTIVE, Story.DECLINED, Story.AWAITING_CONFIRMATION, Story.PROPOSED, Story.ACTIVE);

    /** What a practice on a topic aims at and produces. */
    record Work(String goal, String product, String kind) {}

    private static final Map<Integer, Work> WORKS = Map.ofEntries(
            Map.entry(101, new Work("Научиться подбирать и составлять задания на функциональную грамотность для своих уроков",
                    "Банк заданий по функциональной грамотности для 5–6 классов", "банк заданий")),
            Map.entry(102, new Work("Спроектировать урок, формирующий универсальные учебные действия", "Проект метапредметного урока",
                    "проект урока")),
            Map.entry(103, new Work("Освоить критериальное оценивание проектных работ", "Критерии оценивания проектных работ 7–8 классов",
                    "методическая разработка")),
            Map.entry(201, new Work("Научиться готовить и проводить проектный хакатон для коллег",
                    "Сценарий проектного хакатона «Школа будущего»", "сценарий")),
            Map.entry(203, new Work("Научиться наблюдать урок, анализировать его и давать учителю обратную связь",
                    "Карта наблюдения и анализа урока", "методическая разработка")),
            Map.entry(207, new Work("Включить активные методы обучения в уроки по своему предмету",
                    "Проект урока с активными методами обучения", "проект урока")),
            Map.entry(301, new Work("Научиться адаптировать урок для обучающегося с ОВЗ", "Адаптированный план урока для обучающегося с ОВЗ",
                    "проект урока")),
            Map.entry(302, new Work("Подготовить форсайт-сессию для коллег о профилактике выгорания",
                    "Сценарий форсайт-сессии «Педагог в ресурсе»", "сценарий")),
            Map.entry(401, new Work("Научиться вести родительское собрание как конструктивный диалог",
                    "Сценарий родительского собрания в форме дискуссии", "сценарий")),
            Map.entry(402, new Work("Запустить сетевое сообщество педагогов по предмету в муниципалитете",
                    "Положение о сетевом сообществе педагогов", "положение")),
            Map.entry(501, new Work("Составить рабочую программу по требованиям ФГОС и ФОП", "Рабочая программа учебного предмета",
                    "рабочая программа")),
            Map.entry(502, new Work("Подготовиться к аттестации на первую квалификационную категорию", "Портфолио к аттестации",
                    "портфолио")),
            Map.entry(601, new Work("Освоить SWOT-анализ на примере методической работы своей школы",
                    "SWOT-анализ методической работы школы", "аналитическая записка")),
            Map.entry(603, new Work("Выстроить наставничество молодых педагогов в своей организации",
                    "Программа наставничества молодых педагогов", "программа")));

    private static final Work ANY_WORK = new Work("Спроектировать и провести урок по теме практики", "Проект урока", "проект урока");

    private static final List<String> RHYTHMS = List.of("раз в неделю", "раз в две недели", "раз в неделю, по четвергам после уроков",
            "два раза в месяц");

    private static final Map<JournalEntryKind, List<String>> NOTES = Map.of(
            JournalEntryKind.MEETING, List.of("Обсудили план практики и договорились о времени встреч.",
                    "Разобрали структуру продукта и распределили задачи до следующей встречи.",
                    "Обсудили, что получилось за неделю, и наметили следующий шаг.",
                    "Встретились после педсовета: сверили сроки и уточнили ожидаемый результат."),
            JournalEntryKind.CONSULTATION, List.of("Консультация по первому варианту продукта: замечания по структуре и формулировкам.",
                    "Разобрали трудный случай на уроке и способы удержать внимание класса.",
                    "Обсудили, как собрать обратную связь от обучающихся."),
            JournalEntryKind.LESSON_VISIT, List.of("Посетили урок мастера: этапы урока, приёмы активизации, рефлексия. Анализ записан в карту наблюдения.",
                    "Мастер посетила урок практиканта. Цели сформулированы ясно; не хватило времени на рефлексию, договорились сократить вводную часть.",
                    "Совместное посещение урока коллеги, затем анализ по схеме: цель, деятельность обучающихся, результат."),
            JournalEntryKind.OWN_WORK, List.of("Подготовлен черновик продукта, отправлен мастеру.",
                    "Доработка продукта по замечаниям мастера.",
                    "Подобраны материалы и примеры для продукта."));

    private static final List<JournalEntryKind> ROTATION = List.of(JournalEntryKind.MEETING, JournalEntryKind.LESSON_VISIT,
            JournalEntryKind.CONSULTATION, JournalEntryKind.OWN_WORK);

    private static final List<String> REVIEWS = List.of(
            "Практика дала мне то, чего не хватало: я увидела, как опытный коллега готовит и разбирает урок, и теперь делаю это сама.",
            "Встречи были короткими, но регулярными, и продукт получился настоящим: мы уже используем его в школе. Спасибо мастеру за терпение.",
            "Самым полезным оказались посещения уроков и разбор сразу после них. Рекомендую практику молодым коллегам.");

    private static final List<String> GRADE_COMMENTS = List.of("Продукт готов к применению, практикант работал самостоятельно.",
            "Хороший результат; оформление стоит доработать перед публикацией на сайте школы.",
            "Продукт соответствует цели практики, рекомендую представить его на методическом объединении.");

    /** What was loaded, for the log. */
    record Loaded(int pairs, Map<Story, Integer> stories) {}

    private final PracticePairs pairs;
    private final PairLife life;
    private final PracticeSettings settings;
    private final MasterOffers offers;
    private final PractitionerRequests requests;
    private final MentoringOptions mentoring;
    private final MessageSource messages;
    private final Clock clock;

    DemoPractice(PracticePairs pairs, PairLife life, PracticeSettings settings, MasterOffers offers, PractitionerRequests requests,
            MentoringOptions mentoring, MessageSource messages, Clock clock) {
        this.pairs = pairs;
        this.life = life;
        this.settings = settings;
        this.offers = offers;
        this.requests = requests;
        this.mentoring = mentoring;
        this.messages = messages;
        this.clock = clock;
    }

    /** Runs inside the loader's transaction, after matching's inputs; the year is that of the finished campaign. */
    Loaded load(long seed, AcademicYear year, Person master, Person practitioner) {
        Random random = new Random(seed * 41 + 7);
        LocalDate today = LocalDate.now(clock);
        Map<Story, Integer> told = new java.util.EnumMap<>(Story.class);
        demoPair(year, master, practitioner, today, random);
        List<Match> matches = matches(year, master, practitioner);
        for (int i = 0; i < matches.size(); i++) {
            Story story = STORIES.get(i % STORIES.size());
            live(year, matches.get(i), story, today, random);
            told.merge(story, 1, Integer::sum);
        }
        return new Loaded(matches.size() + 1, told);
    }

    /** The demo master and practitioner: agreed six weeks ago, a journal every week, at the midpoint of their plan today. */
    private void demoPair(AcademicYear year, Person master, Person practitioner, LocalDate today, Random random) {
        Match match = new Match(master, practitioner, DemoInstrument.topic(LESSON_VISITS), work(LESSON_VISITS));
        LocalDate formed = today.minusDays(42);
        PairId id = form(year, match, formed);
        plan(id, match, formed.plusDays(2), today.minusDays(35), today.plusDays(35), "раз в неделю, по вторникам после уроков", true,
                random);
        LocalDate[] days = {today.minusDays(33), today.minusDays(26), today.minusDays(19), today.minusDays(12), today.minusDays(5)};
        JournalEntryKind[] kinds = {JournalEntryKind.MEETING, JournalEntryKind.LESSON_VISIT, JournalEntryKind.CONSULTATION,
                JournalEntryKind.OWN_WORK, JournalEntryKind.LESSON_VISIT};
        for (int i = 0; i < days.length; i++) {
            Person author = kinds[i] == JournalEntryKind.OWN_WORK || i == 0 ? practitioner : master;
            entry(id, author, kinds[i], days[i], i % 2 == 1, random);
        }
    }

    /** A master of a confirmed offer and a practitioner who asked for one of its topics; each person in one pair at most. */
    private List<Match> matches(AcademicYear year, Person demoMaster, Person demoPractitioner) {
        List<OfferRow> confirmed = offers.list(year, RegistryScope.EVERYTHING).stream()
                .filter(row -> row.offer().getStatus() == OfferStatus.CONFIRMED)
                .filter(row -> !row.master().getId().equals(demoMaster.getId()))
                .sorted(Comparator.comparing(row -> row.master().getEmail()))
                .toList();
        List<RequestRow> open = requests.list(year, RegistryScope.EVERYTHING).stream()
                .sorted(Comparator.comparing(row -> row.practitioner().getEmail()))
                .toList();
        Set<UUID> taken = new HashSet<>(Set.of(demoMaster.getId(), demoPractitioner.getId()));
        confirmed.forEach(row -> taken.add(row.master().getId()));
        List<Match> matches = new ArrayList<>();
        for (OfferRow offer : confirmed) {
            Match match = firstMatch(offer, open, taken);
            if (match != null) {
                matches.add(match);
                taken.add(match.practitioner().getId());
            }
            if (matches.size() == OTHER_PAIRS) {
                break;
            }
        }
        return matches;
    }

    private static @Nullable Match firstMatch(OfferRow offer, List<RequestRow> open, Set<UUID> taken) {
        for (OfferTopic topic : offer.offer().getTopics()) {
            for (RequestRow request : open) {
                boolean asks = request.request().getTopics().stream().map(RequestTopic::getTopicId).anyMatch(topic.getTopicId()::equals);
                if (asks && !taken.contains(request.practitioner().getId())) {
                    return new Match(offer.master(), request.practitioner(), topic.getTopicId(), work(number(topic.getTopicId())));
                }
            }
        }
        return null;
    }

    private void live(AcademicYear year, Match match, Story story, LocalDate today, Random random) {
        String rhythm = RHYTHMS.get(random.nextInt(RHYTHMS.size()));
        switch (story) {
            case PROPOSED -> form(year, match, today.minusDays(4 + random.nextInt(5)));
            case HALF_AGREED -> {
                LocalDate formed = today.minusDays(9);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), today.plusDays(7), today.plusDays(140), rhythm, false, random);
            }
            case AGREED -> {
                LocalDate formed = today.minusDays(12);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(2), today.plusDays(3), today.plusDays(120), rhythm, true, random);
            }
            case ACTIVE -> {
                LocalDate formed = today.minusDays(56);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(70), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(2), random);
            }
            case LOW_CHECK_IN -> {
                LocalDate formed = today.minusDays(56);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(21), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(16), random);
                checkIn(id, match.practitioner(), today.minusDays(10), 2, true, "Не получается встречаться: у мастера классное руководство и олимпиады.");
                checkIn(id, match.master(), today.minusDays(9), 3, false, null);
            }
            case SILENT -> {
                LocalDate formed = today.minusDays(63);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(60), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(22 + random.nextInt(8)), random);
            }
            case PAUSED -> {
                LocalDate formed = today.minusDays(50);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(75), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(15), random);
                life.at(at(today.minusDays(14))).pause(id, actor(match.master()), today.plusDays(14));
            }
            case ENDED_EARLY -> {
                LocalDate formed = today.minusDays(60);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(60), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), formed.plusDays(20), random);
                life.at(at(today.minusDays(30))).endEarly(id, actor(match.practitioner()), new EndParameters(reason("смена работы"),
                        "Практикант перешёл на работу в другой район."));
            }
            case DECLINED -> {
                LocalDate formed = today.minusDays(40);
                PairId id = form(year, match, formed);
                life.at(at(formed.plusDays(5))).decline(id, actor(match.practitioner()), new EndParameters(reason("нет времени"),
                        "В этом полугодии у меня выпускной класс, вернусь к практике в следующем году."));
            }
            case AWAITING_CONFIRMATION -> {
                LocalDate formed = today.minusDays(84);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.plusDays(3), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(4), random);
                checkIn(id, match.practitioner(), formed.plusDays(50), 3, false, null);
                checkIn(id, match.master(), formed.plusDays(50), 4, false, null);
                productAndGrade(id, match, today.minusDays(2), random);
            }
            case COMPLETED_PUBLIC, COMPLETED_PRIVATE -> {
                LocalDate formed = today.minusDays(90);
                PairId id = form(year, match, formed);
                plan(id, match, formed.plusDays(3), formed.plusDays(7), today.minusDays(10), rhythm, true, random);
                weekly(id, match, formed.plusDays(7), today.minusDays(14), random);
                checkIn(id, match.practitioner(), formed.plusDays(46), 4, false, "Всё идёт по плану.");
                checkIn(id, match.master(), formed.plusDays(46), 3, false, null);
                productAndGrade(id, match, today.minusDays(12), random);
                boolean consent = story == Story.COMPLETED_PUBLIC;
                life.at(at(today.minusDays(8))).complete(id, actor(match.practitioner()), new CompletionParameters(
                        REVIEWS.get(random.nextInt(REVIEWS.size())), consent,
                        messages.getMessage(consent ? "completion.consent.yes" : "completion.consent.no", null, RUSSIAN), CONSENT_ADDRESS));
            }
        }
    }

    private PairId form(AcademicYear year, Match match, LocalDate day) {
        return pairs.at(at(day)).createManually(new ManualPairParameters(year, match.practitioner().getId(), match.master().getId(),
                match.topicId()), RegistryScope.EVERYTHING, DemoDataLoader.ACTOR).id();
    }

    /** The master proposes the plan and agrees to it; the practitioner agrees the next day, unless {@code bothAgree} is false. */
    private void plan(PairId id, Match match, LocalDate day, LocalDate start, LocalDate end, String rhythm, boolean bothAgree, Random random) {
        boolean formalised = random.nextInt(3) > 0;
        List<MentoringOption> forms = options(MentoringDimension.FORM);
        List<MentoringOption> kinds = options(MentoringDimension.KIND);
        PlanParameters plan = new PlanParameters(match.work().goal(), match.work().product(), start, end, rhythm,
                forms.isEmpty() ? null : forms.get(random.nextInt(forms.size())).getId(),
                kinds.isEmpty() ? null : kinds.get(random.nextInt(kinds.size())).getId(),
                formalised ? (120 + random.nextInt(80)) + "-о" : null, formalised ? day.minusDays(1) : null,
                formalised ? start : null, formalised ? end : null, null);
        life.at(at(day)).changePlan(id, actor(match.master()), plan, true);
        if (bothAgree) {
            life.at(at(day.plusDays(1))).agree(id, actor(match.practitioner()));
        }
    }

    /** An entry a week from {@code from} to {@code until}, the kinds in turn, written by either side. */
    private void weekly(PairId id, Match match, LocalDate from, LocalDate until, Random random) {
        int week = 0;
        for (LocalDate day = from.plusDays(random.nextInt(3)); !day.isAfter(until); day = day.plusDays(6 + random.nextInt(4))) {
            JournalEntryKind kind = ROTATION.get(week++ % ROTATION.size());
            Person author = kind == JournalEntryKind.OWN_WORK || random.nextInt(3) == 0 ? match.practitioner() : match.master();
            entry(id, author, kind, day, random.nextInt(5) < 2, random);
        }
    }

    private void entry(PairId id, Person author, JournalEntryKind kind, LocalDate day, boolean shared, Random random) {
        List<String> notes = NOTES.get(kind);
        int minutes = kind == JournalEntryKind.LESSON_VISIT ? 90 : List.of(30, 45, 60).get(random.nextInt(3));
        life.at(at(day)).addEntry(id, actor(author), new EntryParameters(kind, day, minutes, notes.get(random.nextInt(notes.size())),
                shared, List.of()));
    }

    private void checkIn(PairId id, Person side, LocalDate day, int progress, boolean needsHelp, @Nullable String comment) {
        life.at(at(day)).checkIn(id, actor(side), new CheckInParameters(progress, needsHelp, comment));
    }

    /** The master records the planned product with a link and grades it, mostly high, sometimes medium on a criterion or two. */
    private void productAndGrade(PairId id, Match match, LocalDate day, Random random) {
        PairLife then = life.at(at(day));
        String slug = Transliteration.toLatin(match.practitioner().getLastName()).toLowerCase(Locale.ROOT);
        then.recordProduct(id, actor(match.master()), new ProductParameters(match.work().product(), match.work().kind(),
                "https://disk.zarechny.example/praktika/" + slug, null));
        Map<UUID, Integer> levels = new HashMap<>();
        for (RubricCriterion criterion : then.activeRubric()) {
            int top = criterion.levels().size() - 1;
            levels.put(criterion.getId(), random.nextInt(4) == 0 ? Math.max(0, top - 1) : top);
        }
        then.grade(id, actor(match.master()), new GradeParameters(levels, GRADE_COMMENTS.get(random.nextInt(GRADE_COMMENTS.size()))));
    }

    private UUID reason(String name) {
        return settings.endReasons().stream().filter(reason -> reason.name().equals(name)).findFirst().orElseThrow().getId();
    }

    private List<MentoringOption> options(MentoringDimension dimension) {
        return mentoring.active().stream().filter(option -> option.getDimension() == dimension).toList();
    }

    private static PairActor actor(Person person) {
        return PairActor.person(person.getId(), DemoDataLoader.ACTOR);
    }

    private Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(EVENING).atZone(clock.getZone()).toInstant(), clock.getZone());
    }

    private static Work work(int topicNumber) {
        return WORKS.getOrDefault(topicNumber, ANY_WORK);
    }

    private static int number(UUID topicId) {
        String text = topicId.toString();
        return Integer.parseInt(text.substring(text.length() - 3));
    }

    private record Match(Person master, Person practitioner, UUID topicId, Work work) {}
}
