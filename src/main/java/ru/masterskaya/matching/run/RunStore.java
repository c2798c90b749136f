package ru.masterskaya.matching.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.matching.solver.Certificate;
import ru.masterskaya.matching.solver.ComponentKind;
import ru.masterskaya.matching.solver.Format;
import ru.masterskaya.matching.solver.GroupFormat;
import ru.masterskaya.matching.solver.LockRejection;
import ru.masterskaya.matching.solver.PairKey;
import ru.masterskaya.matching.solver.ScoreComponent;
import ru.masterskaya.matching.solver.UnmatchedReason;

/**
 * Rows of runs and decisions. Plain SQL: a run is written once and read as a whole, and its parts are
 * values (pairs, reasons, duals), not entities with a life of their own.
 */
@Repository
class RunStore {

    private static final String PRACTITIONER = "PRACTITIONER";
    private static final String MASTER = "MASTER";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    RunStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(StoredRun run) {
        jdbc.sql("""
                INSERT INTO matching_run (id, academic_year, territory, status, rules, objective, unconstrained_objective,
                    certificate_objective, decisions, solve_millis, practitioners, masters, working_pairs, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.academicYear().startYear(), run.territory().key(), run.status().name(), RulesText.encode(run.rules()),
                        run.objective(), run.unconstrainedObjective(), run.certificateObjective(), run.decisions(), run.solveMillis(),
                        run.practitioners(), run.masters(), run.workingPairs(), run.startedBy(), Timestamp.from(run.startedAt()))
                .update();
    }

    void insertInputs(UUID runId, InputsSnapshot inputs) {
        jdbc.sql("UPDATE matching_run SET inputs = ? WHERE id = ?").params(inputs.toJson(), runId).update();
    }

    /** The inputs a run was solved on; empty for runs stored before the snapshot existed. */
    Optional<InputsSnapshot> inputs(UUID runId) {
        return jdbc.sql("SELECT inputs FROM matching_run WHERE id = ?").param(runId).query(String.class).optional()
                .map(InputsSnapshot::fromJson);
    }

    /** All pairs of a run in one batch: a municipality's run stays well under the 2 s it is allowed. */
    void insertPairs(UUID runId, List<StoredPair> pairs) {
        List<Object[]> rows = new ArrayList<>();
        for (StoredPair pair : pairs) {
            rows.add(new Object[] {runId, pair.practitionerId(), pair.practitionerOrganisationId(), pair.masterId(), pair.masterOrganisationId(),
                    pair.topicId(), pair.needPercent(), pair.needLevel().name(), pair.strength(), pair.sameOrganisation(),
                    pair.sameMunicipality(), pair.preferredFormat() == null ? null : pair.preferredFormat().name(), pair.locked(),
                    pair.score(), components(pair.components()), pair.explanation(), pair.published()});
        }
        batches.batchUpdate("""
                INSERT INTO matching_run_pair (run_id, practitioner_id, practitioner_organisation, master_id, master_organisation, topic_id,
                    need_percent, need_level, strength, same_organisation, same_municipality, preferred_format, locked, score, components,
                    explanation, published)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void insertUnmatched(UUID runId, List<StoredUnmatched> unmatched) {
        batches.batchUpdate("INSERT INTO matching_run_unmatched (run_id, practitioner_id, organisation_id, reason) VALUES (?, ?, ?, ?)",
                unmatched.stream().map(left -> new Object[] {runId, left.practitionerId(), left.organisationId(), left.reason().name()}).toList());
    }

    void insertGroup(UUID runId, int position, StoredGroup group) {
        jdbc.sql("INSERT INTO matching_run_group (run_id, position, topic_id, format, unmatched, practitioners, hosts) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(runId, position, group.topicId(), group.format().name(), group.unmatched(), ids(group.practitioners()), ids(group.hosts()))
                .update();
    }

    void insertCertificate(UUID runId, Certificate certificate) {
        List<Object[]> rows = new ArrayList<>();
        certificate.practitionerPotentials().forEach((id, potential) -> rows.add(new Object[] {runId, PRACTITIONER, id, potential, 1}));
        certificate.masterPotentials().forEach((id, potential) -> rows.add(
                new Object[] {runId, MASTER, id, potential, certificate.remainingCapacities().getOrDefault(id, 0)}));
        batches.batchUpdate("INSERT INTO matching_run_dual (run_id, side, person_id, potential, places) VALUES (?, ?, ?, ?, ?)", rows);
    }

    void insertRejectedLock(UUID runId, PairKey key, LockRejection reason) {
        jdbc.sql("INSERT INTO matching_run_rejected_lock (run_id, practitioner_id, master_id, reason) VALUES (?, ?, ?, ?)")
                .params(runId, key.practitionerId(), key.masterId(), reason.name()).update();
    }

    void insertRunDecisions(UUID runId, List<Decision> decisions) {
        for (Decision decision : decisions) {
            jdbc.sql("INSERT INTO matching_run_decision (run_id, practitioner_id, master_id, kind) VALUES (?, ?, ?, ?)")
                    .params(runId, decision.practitionerId(), decision.masterId(), decision.kind().name()).update();
        }
    }

    /** The decisions in force when the run was solved (who and when are kept on the territory's decisions). */
    List<Decision> runDecisions(StoredRun run) {
        return jdbc.sql("SELECT * FROM matching_run_decision WHERE run_id = ?").param(run.id())
                .query((rs, row) -> new Decision(rs.getObject("practitioner_id", UUID.class), rs.getObject("master_id", UUID.class),
                        DecisionKind.valueOf(rs.getString("kind")), run.startedBy(), run.startedAt()))
                .list();
    }

    Optional<StoredRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM matching_run WHERE id = ?").param(id).query(RunStore::run).optional();
    }

    long countPairs(UUID runId) {
        return jdbc.sql("SELECT COUNT(*) FROM matching_run_pair WHERE run_id = ?").param(runId).query(Long.class).single();
    }

    List<StoredRun> ofYear(AcademicYear year) {
        return jdbc.sql("SELECT * FROM matching_run WHERE academic_year = ? ORDER BY started_at DESC").param(year.startYear())
                .query(RunStore::run).list();
    }

    void supersedeDrafts(AcademicYear year, Territory territory) {
        jdbc.sql("UPDATE matching_run SET status = 'SUPERSEDED' WHERE academic_year = ? AND territory = ? AND status = 'DRAFT'")
                .params(year.startYear(), territory.key()).update();
    }

    void publish(UUID runId, List<UUID> practitionerIds, String actor, Instant at) {
        jdbc.sql("UPDATE matching_run SET status = 'PUBLISHED', published_by = ?, published_at = ? WHERE id = ?")
                .params(actor, Timestamp.from(at), runId).update();
        for (UUID practitionerId : practitionerIds) {
            jdbc.sql("UPDATE matching_run_pair SET published = TRUE WHERE run_id = ? AND practitioner_id = ?").params(runId, practitionerId).update();
        }
    }

    List<StoredPair> pairs(UUID runId) {
        return jdbc.sql("SELECT * FROM matching_run_pair WHERE run_id = ? ORDER BY score DESC, practitioner_id").param(runId)
                .query(RunStore::pair).list();
    }

    List<StoredUnmatched> unmatched(UUID runId) {
        return jdbc.sql("SELECT * FROM matching_run_unmatched WHERE run_id = ?").param(runId)
                .query((rs, row) -> new StoredUnmatched(rs.getObject("practitioner_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        UnmatchedReason.valueOf(rs.getString("reason"))))
                .list();
    }

    List<StoredGroup> groups(UUID runId) {
        return jdbc.sql("SELECT * FROM matching_run_group WHERE run_id = ? ORDER BY position").param(runId)
                .query((rs, row) -> new StoredGroup(rs.getObject("topic_id", UUID.class), GroupFormat.valueOf(rs.getString("format")),
                        rs.getInt("unmatched"), ids(rs.getString("practitioners")), ids(rs.getString("hosts"))))
                .list();
    }

    Map<PairKey, LockRejection> rejectedLocks(UUID runId) {
        Map<PairKey, LockRejection> rejected = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM matching_run_rejected_lock WHERE run_id = ?").param(runId).query(rs -> {
            rejected.put(new PairKey(rs.getObject("practitioner_id", UUID.class), rs.getObject("master_id", UUID.class)),
                    LockRejection.valueOf(rs.getString("reason")));
        });
        return rejected;
    }

    Certificate certificate(StoredRun run) {
        Map<UUID, Long> practitioners = new HashMap<>();
        Map<UUID, Long> masters = new HashMap<>();
        Map<UUID, Integer> places = new HashMap<>();
        jdbc.sql("SELECT * FROM matching_run_dual WHERE run_id = ?").param(run.id()).query(rs -> {
            UUID id = rs.getObject("person_id", UUID.class);
            if (PRACTITIONER.equals(rs.getString("side"))) {
                practitioners.put(id, rs.getLong("potential"));
            } else {
                masters.put(id, rs.getLong("potential"));
                places.put(id, rs.getInt("places"));
            }
        });
        return new Certificate(practitioners, masters, places, run.certificateObjective());
    }

    /** The pairs a territory published in a year: what the «no repeat of last year's pair» rule reads. */
    Set<PairKey> publishedPairs(AcademicYear year, Territory territory) {
        return Set.copyOf(jdbc.sql("""
                SELECT p.practitioner_id, p.master_id FROM matching_run_pair p JOIN matching_run r ON r.id = p.run_id
                WHERE r.academic_year = ? AND r.territory = ? AND r.status = 'PUBLISHED' AND p.published = TRUE""")
                .params(year.startYear(), territory.key())
                .query((rs, row) -> new PairKey(rs.getObject("practitioner_id", UUID.class), rs.getObject("master_id", UUID.class)))
                .list());
    }

    /**
     * Every pair published in the year, whatever the territory of its run: a practitioner paired by a
     * region's run is not paired again by a municipality's, and a master's yearly cap counts them all.
     */
    Set<PairKey> publishedPairsOfYear(AcademicYear year) {
        return Set.copyOf(jdbc.sql("""
                SELECT p.practitioner_id, p.master_id FROM matching_run_pair p JOIN matching_run r ON r.id = p.run_id
                WHERE r.academic_year = ? AND r.status = 'PUBLISHED' AND p.published = TRUE""")
                .param(year.startYear())
                .query((rs, row) -> new PairKey(rs.getObject("practitioner_id", UUID.class), rs.getObject("master_id", UUID.class)))
                .list());
    }

    /** Published pairs of the year where the person is the practitioner or the master. */
    List<StoredPair> publishedWith(UUID personId, AcademicYear year) {
        return jdbc.sql("""
                SELECT p.* FROM matching_run_pair p JOIN matching_run r ON r.id = p.run_id
                WHERE r.academic_year = ? AND r.status = 'PUBLISHED' AND p.published = TRUE
                  AND (p.practitioner_id = ? OR p.master_id = ?)
                ORDER BY r.published_at DESC""")
                .params(year.startYear(), personId, personId).query(RunStore::pair).list();
    }

    List<Decision> decisions(AcademicYear year, Territory territory) {
        return jdbc.sql("SELECT * FROM matching_decision WHERE academic_year = ? AND territory = ? ORDER BY decided_at")
                .params(year.startYear(), territory.key())
                .query((rs, row) -> new Decision(rs.getObject("practitioner_id", UUID.class), rs.getObject("master_id", UUID.class),
                        DecisionKind.valueOf(rs.getString("kind")), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    void decide(AcademicYear year, Territory territory, Decision decision) {
        deleteDecision(year, territory, decision.key());
        jdbc.sql("""
                INSERT INTO matching_decision (academic_year, territory, practitioner_id, master_id, kind, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(year.startYear(), territory.key(), decision.practitionerId(), decision.masterId(), decision.kind().name(),
                        decision.decidedBy(), Timestamp.from(decision.decidedAt()))
                .update();
    }

    void deleteDecision(AcademicYear year, Territory territory, PairKey key) {
        jdbc.sql("DELETE FROM matching_decision WHERE academic_year = ? AND territory = ? AND practitioner_id = ? AND master_id = ?")
                .params(year.startYear(), territory.key(), key.practitionerId(), key.masterId()).update();
    }

    /** A practitioner is locked to one master at a time: a new lock or move replaces the earlier locks. */
    void deleteLocksOf(AcademicYear year, Territory territory, UUID practitionerId) {
        jdbc.sql("DELETE FROM matching_decision WHERE academic_year = ? AND territory = ? AND practitioner_id = ? AND kind = 'LOCKED'")
                .params(year.startYear(), territory.key(), practitionerId).update();
    }

    private static StoredRun run(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new StoredRun(rs.getObject("id", UUID.class), new AcademicYear(rs.getInt("academic_year")), new Territory(rs.getString("territory")),
                RunStatus.valueOf(rs.getString("status")), RulesText.decode(rs.getString("rules")), rs.getLong("objective"),
                rs.getLong("unconstrained_objective"), rs.getLong("certificate_objective"), rs.getInt("decisions"), rs.getLong("solve_millis"),
                rs.getInt("practitioners"), rs.getInt("masters"), rs.getInt("working_pairs"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                rs.getString("published_by"), published == null ? null : published.toInstant());
    }

    private static StoredPair pair(ResultSet rs, int row) throws SQLException {
        String format = rs.getString("preferred_format");
        return new StoredPair(rs.getObject("practitioner_id", UUID.class), rs.getObject("practitioner_organisation", UUID.class),
                rs.getObject("master_id", UUID.class), rs.getObject("master_organisation", UUID.class), rs.getObject("topic_id", UUID.class),
                rs.getInt("need_percent"), DeficitLevel.valueOf(rs.getString("need_level")), rs.getInt("strength"),
                rs.getBoolean("same_organisation"), rs.getBoolean("same_municipality"), format == null ? null : Format.valueOf(format),
                rs.getBoolean("locked"), rs.getLong("score"), components(rs.getString("components")), rs.getString("explanation"),
                rs.getBoolean("published"));
    }

    private static String components(List<ScoreComponent> components) {
        List<String> parts = new ArrayList<>();
        components.forEach(component -> parts.add(component.kind().name() + "=" + component.points()));
        return String.join(";", parts);
    }

    private static List<ScoreComponent> components(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(part -> part.split("="))
                .map(parts -> new ScoreComponent(ComponentKind.valueOf(parts[0]), Long.parseLong(parts[1]))).toList();
    }

    private static String ids(List<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }

    private static List<UUID> ids(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(UUID::fromString).toList();
    }
}
