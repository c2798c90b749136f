package ru.masterskaya;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * The whole application on a random port over the test PostgreSQL, driven by Debian's Chromium
 * through Playwright: test methods take a {@link BrowserSession} parameter. Tests create their data
 * with {@link RegistryFixtures}, as the MockMvc integration tests do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({CleanDatabaseConfiguration.class, RegistryFixtures.class})
@ExtendWith(BrowserExtension.class)
public @interface MasterskayaBrowserTest {}
