package ru.masterskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.account.AccountRepository;
import ru.masterskaya.registry.account.RoleAssignment;

/**
 * The application as a newcomer starts it: no profile, a fresh embedded H2 file database, demo
 * data on. Unlike the other integration tests it runs on H2, so it is the one place that proves
 * the Flyway scripts and the demo load work on the embedded database.
 */
@SpringBootTest(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@AutoConfigureMockMvc
@DirtiesContext
class EmbeddedDatabaseStartupIntegrationTest {

    static final String COORDINATOR = "metodist@zarechny.example";
    static final String DEMO_PASSWORD = "masterskaya-demo";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDirectory.resolve("masterskaya"));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PersonRepository people;

    @Autowired
    AccountRepository accounts;

    @Test
    void runsOnTheEmbeddedDatabase() {
        assertThat(jdbc.queryForObject("select database_path()", String.class)).startsWith(dataDirectory.toString());
    }

    @Test
    void flywayAppliedEveryMigrationScript() throws IOException {
        int scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;

        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" and \"version\" is not null", Integer.class);

        assertThat(scripts).isPositive();
        assertThat(applied).isEqualTo(scripts);
    }

    @Test
    void demoTownIsLoadedOnFirstStart() {
        assertThat(organisations.count()).isBetween(35L, 45L);
        assertThat(people.count()).isBetween(550L, 650L);
    }

    @Test
    void everyRoleHasADemoAccount() {
        Set<Role> roles = accounts.findAllByOrderByUsername().stream()
                .flatMap(account -> account.getRoles().stream())
                .map(RoleAssignment::getRole)
                .collect(Collectors.toSet());

        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void coordinatorSignsInThroughTheLoginFormAndSeesThePeopleList() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(COORDINATOR).password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(COORDINATOR))
                .andReturn().getResponse().getCookie("SESSION");

        assertThat(session).as("the session cookie of Spring Session").isNotNull();
        String page = mvc.perform(get("/people").cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        long working = people.findAll().stream().filter(person -> person.isActive()).count();
        assertThat(page).contains("Найдено: " + working, "@sch1.zarechny.example");
    }
}
