package ru.masterskaya.practice.attention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicId;
import ru.masterskaya.notifications.Notifications;
import ru.masterskaya.practice.PairParty;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairRepository;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.account.AccountRoles;
import ru.masterskaya.registry.account.RoleHolder;

/**
 * Sends one step of the ladder for one stall, in one transaction: the step's row (whose key two
 * nodes cannot both insert), the e-mails in the outbox, the one-time links and the in-app
 * notifications commit together or not at all.
 */
@Component
class ReminderSender {

    /** The pair's own page (the pair pages' URL); the sides' notifications open it. */
    static final String PAIR_PAGE = "/practice/pairs/%s";
    static final String BOARD_STALLED = "/practice/board?health=STALLED";

    private final JdbcTemplate jdbc;
    private final PracticePairRepository pairs;
    private final PersonRepository people;
    private final AccountRoles roles;
    private final TopicCatalogue topics;
    private final PairLinks links;
    private final Notifications notifications;
    private final AttentionMail mail;
    private final Clock clock;

    ReminderSender(JdbcTemplate jdbc, PracticePairRepository pairs, PersonRepository people, AccountRoles roles, TopicCatalogue topics,
            PairLinks links, Notifications notifications, AttentionMail mail, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.people = people;
        this.roles = roles;
        this.topics = topics;
        this.links = links;
        this.notifications = notifications;
        this.mail = mail;
    }

    /** Sends the step; a duplicate key (another node sent it first) rolls everything back. */
    @Transactional
    public int send(UUID pairId, LocalDate stalledSince, ReminderStep step, List<HealthReason> reasons, LocalDate today, Instant now) {
        PracticePair pair = pairs.findById(pairId).orElseThrow();
        List<UUID> recipientIds = switch (step) {
            case PAIR -> List.of(pair.practitioner().personId(), pair.master().personId());
            case MASTER -> List.of(pair.master().personId());
            case COORDINATORS -> coordinatorsOf(pair);
        };
        jdbc.update("INSERT INTO pair_reminder (pair_id, stalled_since, step, sent_on, recipients, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
                pairId, Date.valueOf(stalledSince), step.number(), Date.valueOf(today), recipientIds.size(), Timestamp.from(now));
        Map<UUID, Person> persons = people.findAllById(unique(pair, recipientIds)).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Person practitioner = persons.get(pair.practitioner().personId());
        Person master = persons.get(pair.master().personId());
        String topic = topics.get(new TopicId(pair.topicId())).getName();
        String lastEntry = pair.lastEntryOn() == null ? mail.text("attention.mail.noEntries") : AttentionMail.date(pair.lastEntryOn());
        String reasonText = mail.reasons(reasons);
        for (UUID recipientId : recipientIds) {
            Person recipient = persons.get(recipientId);
            if (recipient == null) {
                continue;
            }
            if (step == ReminderStep.COORDINATORS) {
                mail.send(recipient, "attention.mail.coordinators", topic, name(master), name(practitioner), AttentionMail.date(stalledSince),
                        reasonText, lastEntry, mail.url(BOARD_STALLED));
                notifications.notify(recipientId, "practice.stalled", "attention.notify.coordinators",
                        List.of(name(master), name(practitioner), topic), BOARD_STALLED);
            } else {
                String token = links.issue(pairId, recipientId, now);
                String key = step == ReminderStep.PAIR ? "attention.mail.pair" : "attention.mail.master";
                mail.send(recipient, key, topic, name(master), name(practitioner), lastEntry, reasonText,
                        mail.url(PairLinks.PATH + token), AttentionMail.date(LocalDate.ofInstant(now.plus(PairLinks.VALIDITY), clock.getZone())));
                notifications.notify(recipientId, "practice.reminder",
                        step == ReminderStep.PAIR ? "attention.notify.pair" : "attention.notify.master",
                        List.of(topic, name(recipient == master ? practitioner : master)),
                        PAIR_PAGE.formatted(pairId));
            }
        }
        return recipientIds.size();
    }

    /** The institution coordinators of both sides' organisations and the coordinators of both sides' territories. */
    private List<UUID> coordinatorsOf(PracticePair pair) {
        Set<UUID> result = new LinkedHashSet<>();
        for (RoleHolder holder : roles.holdersOf(List.of(Role.INSTITUTION_COORDINATOR, Role.COORDINATOR))) {
            if (covers(holder.role(), pair.practitioner()) || covers(holder.role(), pair.master())) {
                result.add(holder.personId());
            }
        }
        return new ArrayList<>(result);
    }

    private static boolean covers(ScopedRole role, PairParty party) {
        return switch (role.role()) {
            case INSTITUTION_COORDINATOR -> party.organisationId().equals(role.organisationId());
            case COORDINATOR -> party.municipalityId().equals(role.municipalityId()) || party.regionId().equals(role.regionId());
            default -> false;
        };
    }

    private static Set<UUID> unique(PracticePair pair, List<UUID> recipients) {
        Set<UUID> ids = new LinkedHashSet<>(recipients);
        ids.add(pair.practitioner().personId());
        ids.add(pair.master().personId());
        return ids;
    }

    private static String name(@org.jspecify.annotations.Nullable Person person) {
        return person == null ? "—" : person.getFullName().initialsFirst();
    }
}
