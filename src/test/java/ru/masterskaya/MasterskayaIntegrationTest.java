package ru.masterskaya;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * The whole application on PostgreSQL with MockMvc: the way our integration tests see it. The
 * schema is cleaned and migrated once per Spring context, so tests create the data they need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({CleanDatabaseConfiguration.class, RegistryFixtures.class})
public @interface MasterskayaIntegrationTest {

    /** A real server on a random port, for the few tests that need what MockMvc skips (such as upload limits). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
