package ru.masterskaya.matching.run.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;

/**
 * The matching journey of issue 5 on the demo data, as someone trying the demo meets it: the demo
 * coordinator runs matching over the demo town, locks the demo master's pair, forbids another pair, runs
 * again and sees both honoured, publishes; the demo master is e-mailed over SMTP and sees their
 * practitioner on their page. The schema is emptied afterwards for the other tests.
 */
@MasterskayaBrowserTest
@TestPropertySource(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMatchingJourneyBrowserIntegrationTest {

    private static final String PASSWORD = "masterskaya-demo";
    private static final String COORDINATOR = "metodist@zarechny.example";
    private static final String MASTER = "master@sch1.zarechny.example";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    PersonRepository people;

    @Autowired
    Flyway flyway;

    @AfterAll
    void emptyTheSchemaForTheOtherTests() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void theDemoCoordinatorLocksTheDemoMastersPairForbidsAnotherRerunsAndPublishesAndTheDemoMasterSeesTheirPractitioner(
            BrowserSession browser) {
        Person master = people.findByEmail(MASTER).orElseThrow();
        Page page = browser.logInAs(COORDINATOR, PASSWORD);
        page.locator("#nav-matching").click();
        page.locator("#nav-matching-runs").click();
        page.locator("#runs-start").click();
        page.locator("#run-form-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/matching/runs/[0-9a-f-]{36}$"));
        String firstDraft = page.url();

        Locator mastersPair = page.locator("tr.pair-row[data-master-id='" + master.getId() + "']").first();
        String locked = mastersPair.getAttribute("data-practitioner-id");
        Locator other = page.locator("tr.pair-row:not([data-master-id='" + master.getId() + "'])").first();
        String forbiddenPractitioner = other.getAttribute("data-practitioner-id");
        String forbiddenMaster = other.getAttribute("data-master-id");
        mastersPair.locator(".pair-lock").click();
        assertThat(page.locator(".decision[data-kind=LOCKED]")).hasAttribute("data-practitioner-id", locked);
        pair(page, forbiddenPractitioner, forbiddenMaster).locator(".pair-forbid").click();
        assertThat(page.locator(".decision[data-kind=FORBIDDEN]")).hasAttribute("data-practitioner-id", forbiddenPractitioner);
        page.locator("#run-rerun").click();

        assertThat(page).not().hasURL(firstDraft);
        assertThat(page.locator("#run-status")).hasText("Черновик");
        assertThat(pair(page, locked, master.getId().toString())).hasAttribute("data-locked", "true");
        assertThat(pair(page, locked, master.getId().toString()).locator(".pair-explanation")).containsText("пара закреплена координатором");
        assertThat(pair(page, forbiddenPractitioner, forbiddenMaster)).hasCount(0);
        assertThat(page.locator("#run-manual-cost")).hasText(Pattern.compile("^Ручные решения \\(2\\) стоили .*"));
        page.locator("#run-publish").click();
        assertThat(page.locator("#run-status")).hasText("Опубликован");

        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.mailTo(MASTER).stream()
                .anyMatch(mail -> mail.subject().startsWith("Мастерская: ваш практикант на")));
        Mailbox.ReceivedMail toMaster = mailbox.mailTo(MASTER).stream()
                .filter(mail -> mail.subject().startsWith("Мастерская: ваш практикант на")).findFirst().orElseThrow();
        Person practitioner = people.findAllByIds(java.util.List.of(java.util.UUID.fromString(locked))).getFirst();
        assertThat(toMaster.text()).contains(practitioner.getLastName(), "Почему эта пара: Мастер силён в теме", "/my/offer");
        Page mastersPage = browser.logInAs(MASTER, PASSWORD);
        mastersPage.navigate(browser.url("/my/offer"));
        assertThat(mastersPage.locator("#my-practitioners .own-pair[data-practitioner-id='" + locked + "']")).hasCount(1);
        assertThat(mastersPage.locator("#my-practitioners")).containsText(practitioner.getLastName());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Locator pair(Page page, String practitioner, String master) {
        return page.locator("tr.pair-row[data-practitioner-id='" + practitioner + "'][data-master-id='" + master + "']");
    }
}
