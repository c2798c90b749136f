package ru.masterskaya.matching.run.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferParameters;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * The whole matching journey in the browser over the known town of {@link RunScenario}: the coordinator
 * runs matching, locks Анна with the master Борис, forbids Клара with the master Анна, runs again and
 * sees both honoured at a cost, publishes; Борис is e-mailed over SMTP and sees Анна on his page, and
 * Анна sees Борис on hers.
 */
@MasterskayaBrowserTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class})
class MatchingJourneyBrowserIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    @Autowired
    MasterOffers offers;

    @Test
    void theCoordinatorLocksAndForbidsAPairRerunsPublishesAndTheMasterIsEmailedAndSeesThePractitioner(BrowserSession browser) {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());
        CurrentUser annaAccount = registry.user(town.anna(), "secret-password");
        CurrentUser borisAccount = registry.user(town.boris(), "secret-password");
        confirmedOffer(town.boris(), DiagnosticsFixtures.HACKATHON);
        confirmedOffer(town.anna(), DiagnosticsFixtures.NETWORK_COMMUNITY);
        UUID anna = town.anna().getId();
        UUID boris = town.boris().getId();
        UUID klara = town.klara().getId();

        Page page = browser.logInAs(coordinator.getUsername(), "secret-password");
        page.navigate(browser.url("/matching/requests"));
        page.locator("#requests-generate").click();
        // the page comes back from the redirect before the menu is opened, or the reload closes it again
        assertThat(page.locator(".alert-success[role=status]")).containsText("Запросы сформированы");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#nav-matching").click();
        page.locator("#nav-matching-runs").click();
        assertThat(page).hasURL(Pattern.compile(".*/matching/runs$"));
        page.locator("#runs-start").click();
        assertThat(page).hasURL(Pattern.compile(".*/matching/runs/new$"));
        page.locator("#run-form-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/matching/runs/[0-9a-f-]{36}$"));
        String firstDraft = page.url();
        assertThat(page.locator("#run-matched")).hasText("Подобрано 2 из 3");
        assertThat(pair(page, klara, anna).locator(".pair-explanation"))
                .hasText(Pattern.compile("^Мастер силён в теме «Сетевое сообщество педагогов» \\(100 %\\), у практиканта высокий дефицит \\(0 %\\).*"));
        assertThat(pair(page, anna, boris)).hasCount(1);

        pair(page, anna, boris).locator(".pair-lock").click();
        assertThat(page.locator(".decision[data-kind=LOCKED]")).hasAttribute("data-practitioner-id", anna.toString());
        pair(page, klara, anna).locator(".pair-forbid").click();
        assertThat(page.locator(".decision[data-kind=FORBIDDEN]")).hasAttribute("data-practitioner-id", klara.toString());
        page.locator("#run-rerun").click();

        assertThat(page).hasURL(Pattern.compile(".*/matching/runs/[0-9a-f-]{36}$"));
        assertThat(page).not().hasURL(firstDraft);
        assertThat(pair(page, anna, boris)).hasAttribute("data-locked", "true");
        assertThat(pair(page, anna, boris).locator(".pair-explanation")).containsText("пара закреплена координатором");
        assertThat(pair(page, klara, anna)).hasCount(0);
        assertThat(page.locator("#run-manual-cost")).hasText(Pattern.compile("^Ручные решения \\(2\\) стоили 110,00 балла.*"));
        page.locator("#run-publish").click();
        assertThat(page.locator("#run-status")).hasText("Опубликован");
        assertThat(pair(page, anna, boris)).hasAttribute("data-published", "true");

        ReceivedMail toBoris = awaitMail(town.boris(), "Мастерская: ваш практикант на");
        assertThat(toBoris.text()).contains("Здравствуйте, Борис", "Арбузова", "/my/offer");
        Page borisPage = browser.logInAs(borisAccount.getUsername(), "secret-password");
        borisPage.navigate(browser.url("/my/offer"));
        assertThat(borisPage.locator("#my-practitioners .own-pair")).hasAttribute("data-practitioner-id", anna.toString());
        assertThat(borisPage.locator("#my-practitioners")).containsText("Арбузова");
        Page annaPage = browser.logInAs(annaAccount.getUsername(), "secret-password");
        annaPage.navigate(browser.url("/my/request"));
        assertThat(annaPage.locator("#my-proposal .own-pair")).hasAttribute("data-master-id", boris.toString());
        assertThat(annaPage.locator("#my-proposal")).containsText("Баранов");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The coordinator's proposal and the master's consent, as the offer pages would make them. */
    private void confirmedOffer(Person master, UUID topic) {
        AcademicYear year = AcademicYear.containing(LocalDate.now());
        MasterOffer offer = DiagnosticsFixtures.asAdministrator(() -> offers.propose(year, new OfferParameters(master.getId(), Set.of(topic), 1, 4,
                MeetingFormat.MIXED, Set.of(), Set.of(), Set.of(), null, null), RegistryScope.EVERYTHING, "test@masterskaya"));
        DiagnosticsFixtures.asAdministrator(() -> offers.confirm(offer.getId(), master.id(), 1, MeetingFormat.MIXED));
    }

    private static Locator pair(Page page, UUID practitioner, UUID master) {
        return page.locator("tr.pair-row[data-practitioner-id='" + practitioner + "'][data-master-id='" + master + "']");
    }

    private static ReceivedMail awaitMail(Person person, String subjectStart) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> mailbox.mailTo(person.getEmail()).stream().anyMatch(mail -> mail.subject().startsWith(subjectStart)));
        return mailbox.mailTo(person.getEmail()).stream().filter(mail -> mail.subject().startsWith(subjectStart)).findFirst().orElseThrow();
    }
}
