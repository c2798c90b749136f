package ru.masterskaya.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.RegistryScope;

/**
 * Whether a territory's documents are issued as soon as they are drafted. A coordinator turns it on
 * for the territory they manage; the setting lives in the database, so every node follows it.
 */
@Service
public class IssueSettings {

    static final String EVERYWHERE = "*";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IssueSettings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean automatic(RegistryScope scope) {
        String key = key(scope);
        return key != null && enabled(key);
    }

    @Transactional
    public void change(RegistryScope scope, boolean automatic, String by) {
        String key = key(scope);
        if (key == null) {
            throw new IllegalArgumentException("Only a coordinator of a territory sets how its documents are issued");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE document_issue_setting SET auto_issue = ?, changed_by = ?, changed_at = ? WHERE territory_key = ?",
                automatic, by, now, key);
        if (updated == 0) {
            jdbc.update("INSERT INTO document_issue_setting (territory_key, auto_issue, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                    key, automatic, by, now);
        }
    }

    /** Whether a document of this municipality and region is issued without waiting for a coordinator. */
    boolean automaticFor(UUID municipalityId, UUID regionId) {
        return enabled(EVERYWHERE) || enabled("R:" + regionId) || enabled("M:" + municipalityId);
    }

    private boolean enabled(String key) {
        return Boolean.TRUE.equals(jdbc.query("SELECT auto_issue FROM document_issue_setting WHERE territory_key = ?",
                rows -> rows.next() ? rows.getBoolean(1) : null, key));
    }

    /** One key per coordinator: everything, or their single region or municipality (the usual grant). */
    private static @Nullable String key(RegistryScope scope) {
        if (scope.everything()) {
            return EVERYWHERE;
        }
        if (!scope.municipalityIds().isEmpty()) {
            return "M:" + scope.municipalityIds().stream().sorted().findFirst().orElseThrow();
        }
        if (!scope.regionIds().isEmpty()) {
            return "R:" + scope.regionIds().stream().sorted().findFirst().orElseThrow();
        }
        return null;
    }
}
