package ru.masterskaya;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts every test context on an empty schema migrated by the real Flyway scripts. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseConfiguration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /**
     * The cached contexts of the suite share one schema, and every new context cleans it. ShedLock
     * remembers which lock rows it has inserted and afterwards only updates them, so a context reused
     * after another one cleaned the schema would never take its scheduler locks again (its e-mail
     * outbox would stall). Forgetting before each attempt keeps the real JDBC locking.
     */
    @Bean
    @Primary
    LockProvider lockProviderSurvivingSchemaCleaning(DataSource dataSource) {
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return configuration -> {
            provider.clearCache();
            return provider.lock(configuration);
        };
    }
}
