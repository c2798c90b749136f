package ru.masterskaya.registry.importing;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of the registry tables after a large import, as its
 * manual advises after bulk loading. Until autovacuum gets to it (never, where it is switched off),
 * queries are planned for the tables as they were, and prepared statements keep those plans: the
 * next import's lookup of a thousand e-mails would scan the whole table instead of the index.
 */
@Component
class PlannerStatistics {

    /** Fewer rows than this change the tables too little to matter. */
    static final long LARGE_IMPORT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    PlannerStatistics(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    void refreshAfter(ImportKind kind, long changedRows) {
        if (!postgres || changedRows < LARGE_IMPORT) {
            return;
        }
        try {
            jdbc.execute(kind == ImportKind.PEOPLE ? "ANALYZE person" : "ANALYZE organisation");
        } catch (DataAccessException e) {
            LOG.warn("Could not refresh planner statistics after an import of {} rows: {}", changedRows, e.getMessage());
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
