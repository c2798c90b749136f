package ru.masterskaya.practice.board;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.attention.HealthReason;
import ru.masterskaya.practice.attention.PairHealth;
import ru.masterskaya.practice.attention.ScopeCondition;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.PeopleFilter;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonManagement;
import org.springframework.data.domain.PageRequest;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The board's queries: one aggregate for the funnel and one page of rows, both over the pairs of
 * the year in the user's scope (the rule of {@code PairAccess}), stalled pairs first. Names of
 * people, organisations and topics are looked up for the shown rows only.
 */
@Service
@Transactional(readOnly = true)
public class PracticeBoard {

    public static final int PAGE_SIZE = 50;
    static final int MAX_NAMED = 500;

    private static final String ROW_COLUMNS = """
            p.id, p.status, h.health, h.reasons, p.master_id, p.master_organisation_id, p.practitioner_id,
            p.practitioner_organisation_id, p.topic_id, p.planned_end, p.last_entry_on, p.entry_count""";
    private static final String ORDER = """
             ORDER BY CASE h.health WHEN 'STALLED' THEN 0 WHEN 'NEEDS_CHECK' THEN 1 ELSE 2 END,
                      CASE p.status WHEN 'COMPLETED' THEN 1 WHEN 'DECLINED' THEN 2 WHEN 'ENDED_EARLY' THEN 2 ELSE 0 END,
                      p.created_at, p.id""";

    private final JdbcTemplate jdbc;
    private final PersonRepository people;
    private final OrganisationRepository organisationRepository;
    private final OrganisationManagement organisations;
    private final TopicCatalogue topics;
    private final PersonManagement personManagement;

    PracticeBoard(JdbcTemplate jdbc, PersonRepository people, OrganisationRepository organisationRepository,
            OrganisationManagement organisations, TopicCatalogue topics, PersonManagement personManagement) {
        this.personManagement = personManagement;
        this.jdbc = jdbc;
        this.people = people;
        this.organisationRepository = organisationRepository;
        this.organisations = organisations;
        this.topics = topics;
    }

    public Board page(AcademicYear year, RegistryScope scope, BoardFilter filter, int page) {
        Where where = where(year, scope, filter);
        Counted counted = counted(year, scope, filter);
        long total = counted.total();
        int safePage = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / PAGE_SIZE)));
        List<RawRow> raw = jdbc.query("SELECT " + ROW_COLUMNS + " FROM practice_pair p LEFT JOIN pair_health h ON h.pair_id = p.id"
                + where.sql() + " " + ORDER + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) safePage * PAGE_SIZE,
                (row, number) -> raw(row), where.parameters().toArray());
        return new Board(named(raw), total, safePage, PAGE_SIZE, counted.funnel());
    }

    /** Every row the filter finds, in board order, named, for the XLSX export. */
    public List<BoardRow> all(AcademicYear year, RegistryScope scope, BoardFilter filter) {
        Where where = where(year, scope, filter);
        List<RawRow> raw = jdbc.query("SELECT " + ROW_COLUMNS + " FROM practice_pair p LEFT JOIN pair_health h ON h.pair_id = p.id"
                + where.sql() + " " + ORDER, (row, number) -> raw(row), where.parameters().toArray());
        return named(raw);
    }

    /** The funnel of the pairs the filter finds, whatever status and health it asks for. */
    public Funnel funnel(AcademicYear year, RegistryScope scope, BoardFilter filter) {
        return counted(year, scope, filter).funnel();
    }

    /**
     * One pass over the pairs of the funnel (the filter without status and health) that also counts
     * the rows the whole filter keeps.
     */
    private Counted counted(AcademicYear year, RegistryScope scope, BoardFilter filter) {
        Where funnelWhere = where(year, scope, new BoardFilter(filter.organisationId(), filter.organisationType(), filter.topicId(),
                filter.masterId(), filter.masterName(), null, null, false));
        Where rowCondition = rowCondition(filter);
        List<Object> parameters = new ArrayList<>(rowCondition.parameters());
        parameters.addAll(funnelWhere.parameters());
        return jdbc.queryForObject("""
                SELECT COUNT(*),
                       SUM(CASE WHEN p.agreed_at IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN p.activated_on IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN p.status = 'COMPLETED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN h.health = 'STALLED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN h.health = 'NEEDS_CHECK' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN p.status = 'ENDED_EARLY' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN p.status = 'DECLINED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN\s""" + rowCondition.sql() + """
                 THEN 1 ELSE 0 END)
                FROM practice_pair p LEFT JOIN pair_health h ON h.pair_id = p.id""" + funnelWhere.sql(),
                (row, number) -> new Counted(new Funnel(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7), row.getLong(8)), row.getLong(9)),
                parameters.toArray());
    }

    private record Counted(Funnel funnel, long total) {}

    /** The organisations of either side of the year's pairs in scope, for the filter, by name. */
    public List<Choice> organisationChoices(AcademicYear year, RegistryScope scope) {
        Set<UUID> ids = distinct(year, scope);
        return organisationRepository.findAllById(ids).stream()
                .map(organisation -> new Choice(organisation.getId(), organisation.getShortName()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }

    /** A value of a filter's list. */
    public record Choice(UUID id, String label) {}

    /** The organisations of either side of the year's pairs in scope. */
    private Set<UUID> distinct(AcademicYear year, RegistryScope scope) {
        ScopeCondition condition = ScopeCondition.of(scope);
        List<Object> parameters = new ArrayList<>();
        parameters.add(year.startYear());
        parameters.addAll(condition.parameters());
        parameters.add(year.startYear());
        parameters.addAll(condition.parameters());
        return new HashSet<>(jdbc.queryForList("SELECT p.practitioner_organisation_id FROM practice_pair p WHERE p.academic_year = ? AND "
                + condition.sql() + " UNION SELECT p.master_organisation_id FROM practice_pair p WHERE p.academic_year = ? AND "
                + condition.sql(), UUID.class, parameters.toArray()));
    }

    private Where where(AcademicYear year, RegistryScope scope, BoardFilter filter) {
        ScopeCondition condition = ScopeCondition.of(scope);
        StringBuilder sql = new StringBuilder(" WHERE p.academic_year = ? AND ").append(condition.sql());
        List<Object> parameters = new ArrayList<>();
        parameters.add(year.startYear());
        parameters.addAll(condition.parameters());
        if (filter.organisationId() != null) {
            sql.append(" AND (p.practitioner_organisation_id = ? OR p.master_organisation_id = ?)");
            parameters.add(filter.organisationId());
            parameters.add(filter.organisationId());
        }
        if (filter.organisationType() != null) {
            List<UUID> ofType = organisations.visibleTo(scope).stream()
                    .filter(organisation -> organisation.getType().getCode().equals(filter.organisationType()))
                    .map(Organisation::getId).toList();
            if (ofType.isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                String marks = String.join(", ", java.util.Collections.nCopies(ofType.size(), "?"));
                sql.append(" AND (p.practitioner_organisation_id IN (").append(marks).append(") OR p.master_organisation_id IN (")
                        .append(marks).append("))");
                parameters.addAll(ofType);
                parameters.addAll(ofType);
            }
        }
        if (filter.topicId() != null) {
            sql.append(" AND p.topic_id = ?");
            parameters.add(filter.topicId());
        }
        if (filter.masterId() != null) {
            sql.append(" AND p.master_id = ?");
            parameters.add(filter.masterId());
        }
        if (filter.masterName() != null) {
            List<UUID> masters = mastersNamed(filter.masterName());
            if (masters.isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND p.master_id IN (").append(String.join(", ", java.util.Collections.nCopies(masters.size(), "?"))).append(")");
                parameters.addAll(masters);
            }
        }
        Where rows = rowCondition(filter);
        sql.append(" AND ").append(rows.sql());
        parameters.addAll(rows.parameters());
        return new Where(sql.toString(), parameters);
    }

    /** The part of the filter the funnel ignores: status, health, attention. */
    private static Where rowCondition(BoardFilter filter) {
        List<String> all = new ArrayList<>(List.of("1 = 1"));
        List<Object> parameters = new ArrayList<>();
        if (filter.status() != null) {
            all.add("p.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.health() != null) {
            if (filter.health() == PairHealth.ON_TRACK) {
                all.add("p.status IN ('AGREED', 'ACTIVE', 'PAUSED') AND (h.health IS NULL OR h.health = 'ON_TRACK')");
            } else {
                all.add("h.health = ?");
                parameters.add(filter.health().name());
            }
        }
        if (filter.attention()) {
            all.add("h.health IN ('NEEDS_CHECK', 'STALLED')");
        }
        return new Where("(" + String.join(" AND ", all) + ")", parameters);
    }

    /** The people whose name contains the words typed, at most a few hundred: the board keeps their pairs as masters. */
    private List<UUID> mastersNamed(String name) {
        return personManagement.search(new PeopleFilter(name, null, null, null, null, null, false), RegistryScope.EVERYTHING,
                PageRequest.of(0, MAX_NAMED)).map(Person::getId).toList();
    }

    private List<BoardRow> named(List<RawRow> raw) {
        Set<UUID> personIds = new HashSet<>();
        Set<UUID> organisationIds = new HashSet<>();
        for (RawRow row : raw) {
            personIds.add(row.masterId());
            personIds.add(row.practitionerId());
            organisationIds.add(row.masterOrganisationId());
            organisationIds.add(row.practitionerOrganisationId());
        }
        Map<UUID, String> names = new HashMap<>();
        inChunks(personIds, chunk -> people.findAllById(chunk).forEach(person -> names.put(person.getId(), person.getFullName().full())));
        Map<UUID, String> organisationNames = new HashMap<>();
        inChunks(organisationIds, chunk -> organisationRepository.findAllById(chunk)
                .forEach(organisation -> organisationNames.put(organisation.getId(), organisation.getShortName())));
        Map<UUID, String> topicNames = topics.list(TopicFilter.ALL).stream()
                .collect(Collectors.toMap(topic -> topic.getId(), topic -> topic.getName()));
        return raw.stream().map(row -> new BoardRow(row.pairId(), row.status(), row.health(), row.reasons(),
                row.masterId(), names.getOrDefault(row.masterId(), "—"), organisationNames.getOrDefault(row.masterOrganisationId(), "—"),
                row.practitionerId(), names.getOrDefault(row.practitionerId(), "—"),
                organisationNames.getOrDefault(row.practitionerOrganisationId(), "—"),
                topicNames.getOrDefault(row.topicId(), "—"), row.plannedEnd(), row.lastEntryOn(), row.entryCount())).toList();
    }

    private static void inChunks(Collection<UUID> ids, Consumer<List<UUID>> action) {
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            action.accept(all.subList(from, Math.min(all.size(), from + 1000)));
        }
    }

    private static RawRow raw(ResultSet row) throws SQLException {
        String health = row.getString(3);
        String reasons = row.getString(4);
        return new RawRow(row.getObject(1, UUID.class), PairStatus.valueOf(row.getString(2)),
                health == null ? null : PairHealth.valueOf(health),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.stream(reasons.split(",")).map(HealthReason::valueOf).toList(),
                row.getObject(5, UUID.class), row.getObject(6, UUID.class), row.getObject(7, UUID.class), row.getObject(8, UUID.class),
                row.getObject(9, UUID.class), date(row.getDate(10)), date(row.getDate(11)), row.getInt(12));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record Where(String sql, List<Object> parameters) {}

    private record RawRow(UUID pairId, PairStatus status, @Nullable PairHealth health, List<HealthReason> reasons, UUID masterId,
            UUID masterOrganisationId, UUID practitionerId, UUID practitionerOrganisationId, UUID topicId,
            @Nullable LocalDate plannedEnd, @Nullable LocalDate lastEntryOn, int entryCount) {}
}
