package ru.masterskaya.practice.attention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.notifications.DigestFrequency;
import ru.masterskaya.notifications.DigestPreferences;
import ru.masterskaya.notifications.Notifications;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.account.AccountRoles;
import ru.masterskaya.registry.account.RoleHolder;

/**
 * The digest of pairs needing attention to each coordinator and institution coordinator, in their
 * scope, as often as they chose (weekly by default: in the first round of an ISO week; daily: every
 * round; never). A row per person and period, inserted with the e-mail, keeps any node from
 * sending one twice; nobody gets a digest with nothing in it.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final int LISTED = 20;
    static final String BOARD_ATTENTION = "/practice/board?attention=true";

    private final JdbcTemplate jdbc;
    private final AccountRoles roles;
    private final DigestPreferences preferences;
    private final PersonRepository people;
    private final TopicCatalogue topics;
    private final Notifications notifications;
    private final AttentionMail mail;
    private final TransactionTemplate transactions;

    Digests(JdbcTemplate jdbc, AccountRoles roles, DigestPreferences preferences, PersonRepository people, TopicCatalogue topics,
            Notifications notifications, AttentionMail mail, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.preferences = preferences;
        this.people = people;
        this.topics = topics;
        this.notifications = notifications;
        this.mail = mail;
        this.transactions = transactions;
    }

    int send(LocalDate today, Instant now) {
        Map<UUID, List<ScopedRole>> holders = new HashMap<>();
        for (RoleHolder holder : roles.holdersOf(List.of(Role.COORDINATOR, Role.INSTITUTION_COORDINATOR))) {
            holders.computeIfAbsent(holder.personId(), id -> new ArrayList<>()).add(holder.role());
        }
        Map<UUID, DigestFrequency> frequencies = preferences.frequenciesOf(holders.keySet());
        Map<UUID, String> topicNames = topics.list(TopicFilter.ALL).stream()
                .collect(Collectors.toMap(topic -> topic.getId(), topic -> topic.getName()));
        int sent = 0;
        for (Map.Entry<UUID, List<ScopedRole>> holder : holders.entrySet()) {
            String period = period(frequencies.get(holder.getKey()), today);
            if (period == null) {
                continue;
            }
            try {
                Boolean done = transactions.execute(status ->
                        sendOne(holder.getKey(), RegistryScope.of(holder.getValue()), period, topicNames, now));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DataIntegrityViolationException alreadySent) {
                log.info("Digest {} of {} was already sent by another node", period, holder.getKey());
            } catch (RuntimeException e) {
                log.warn("Digest {} of {} not sent in this round: {}", period, holder.getKey(), e.toString());
            }
        }
        return sent;
    }

    /** The period a digest would cover today, or null if the person wants none. */
    static @Nullable String period(@Nullable DigestFrequency frequency, LocalDate today) {
        if (frequency == null || frequency == DigestFrequency.NEVER) {
            return null;
        }
        if (frequency == DigestFrequency.DAILY) {
            return today.toString();
        }
        return today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private boolean sendOne(UUID personId, RegistryScope scope, String period, Map<UUID, String> topicNames, Instant now) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM attention_digest WHERE person_id = ? AND period = ?", Integer.class, personId, period) > 0) {
            return false;
        }
        ScopeCondition condition = ScopeCondition.of(scope);
        List<Object> parameters = new ArrayList<>(condition.parameters());
        List<Row> rows = jdbc.query("""
                SELECT p.id, h.health, h.reasons, p.master_id, p.practitioner_id, p.topic_id
                FROM pair_health h JOIN practice_pair p ON p.id = h.pair_id
                WHERE h.health IN ('NEEDS_CHECK', 'STALLED') AND\s""" + condition.sql() + """

                ORDER BY CASE h.health WHEN 'STALLED' THEN 0 ELSE 1 END, h.changed_on, p.id""",
                (row, number) -> new Row(PairHealth.valueOf(row.getString(2)), HealthComputation.reasons(row.getString(3)),
                        row.getObject(4, UUID.class), row.getObject(5, UUID.class), row.getObject(6, UUID.class)),
                parameters.toArray());
        if (rows.isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO attention_digest (person_id, period, pairs, sent_at) VALUES (?, ?, ?, ?)",
                personId, period, rows.size(), Timestamp.from(now));
        List<Row> listed = rows.subList(0, Math.min(LISTED, rows.size()));
        Set<UUID> ids = new HashSet<>(Set.of(personId));
        listed.forEach(row -> {
            ids.add(row.masterId());
            ids.add(row.practitionerId());
        });
        Map<UUID, Person> persons = people.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Person recipient = persons.get(personId);
        if (recipient == null) {
            return false;
        }
        long stalled = rows.stream().filter(row -> row.health() == PairHealth.STALLED).count();
        String list = listed.stream().map(row -> mail.text("attention.digest.line",
                        mail.text(row.health().messageKey()), name(persons.get(row.masterId())), name(persons.get(row.practitionerId())),
                        topicNames.getOrDefault(row.topicId(), "—"),
                        row.reasons().stream().map(reason -> mail.text(reason.messageKey())).collect(Collectors.joining("; "))))
                .collect(Collectors.joining("\n"));
        String more = rows.size() > LISTED ? mail.text("attention.digest.more", rows.size() - LISTED) : "";
        mail.send(recipient, "attention.mail.digest", rows.size(), stalled, rows.size() - stalled, list, more, mail.url(BOARD_ATTENTION));
        notifications.notify(personId, "practice.digest", "attention.notify.digest", List.of(String.valueOf(rows.size()), String.valueOf(stalled)),
                BOARD_ATTENTION);
        return true;
    }

    private static String name(@Nullable Person person) {
        return person == null ? "—" : person.getFullName().initialsFirst();
    }

    private record Row(PairHealth health, List<HealthReason> reasons, UUID masterId, UUID practitionerId, UUID topicId) {}
}
