package ru.masterskaya.practice.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.practice.PairStatus;
import ru.masterskaya.practice.PracticeFixtures;
import ru.masterskaya.practice.PracticeFixtures.Scene;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.PracticePairs;
import ru.masterskaya.practice.attention.link.PairLinks;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.registry.RegistryScope;

/**
 * The life of a pair in the browser: both sides agree a plan, the practitioner adds a journal entry
 * from a 360-px phone, the master records and grades the product, the practitioner confirms it with a
 * review and consents to its publication.
 *
 * <p>Issue 6 also wants the phone entry made through the one-time link of a reminder e-mail and the
 * coordinator's board showing the pair move through the funnel; both belong to the attention side
 * (reminders at {@code /p/{token}}, the board): {@link #theReminderLinkAddsAnEntryFromAPhoneAndTheBoardShowsThePairMoveThroughTheFunnel}
 * follows that way in.
 */
@MasterskayaBrowserTest
@Import(PracticeFixtures.class)
class PairJourneyBrowserIntegrationTest {

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PracticePairs pairs;

    @Autowired
    Clock clock;

    @Autowired
    PairLinks links;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void bothSidesAgreeThePractitionerWritesFromAPhoneTheMasterGradesAndThePractitionerConfirmsWithConsent(BrowserSession browser) {
        Scene scene = fixtures.proposed();
        LocalDate today = LocalDate.now(clock);

        // the master fills the plan and agrees to it on a desktop
        Page master = browser.logInAs(scene.master().getUsername(), PracticeFixtures.PASSWORD);
        master.locator("#nav-my-pairs").click();
        master.locator(".my-pair").first().click();
        assertThat(master.locator("#pair-next-step")).hasText("Заполните план практики и согласуйте его.");
        master.locator("#goal").fill("Научиться анализировать урок и давать коллеге обратную связь");
        master.locator("#expectedProduct").fill("карта наблюдения и анализа урока");
        master.locator("#plannedStart").fill(today.toString());
        master.locator("#plannedEnd").fill(today.plusMonths(4).toString());
        master.locator("#meetingRhythm").fill("раз в неделю, по вторникам");
        master.locator("#plan-save-agree").click();
        assertThat(master.locator("#plan-agreement [data-side=MASTER]")).hasAttribute("data-agreed", "true");
        assertThat(master.locator("#pair-next-step")).hasText("Вы согласовали план; ждём вторую сторону.");

        // the practitioner finds the step on the start page of a phone, agrees and adds the first entry
        Page phone = browser.logInAs(browser.newPhonePage(), scene.practitioner().getUsername(), PracticeFixtures.PASSWORD);
        assertThat(phone.locator("#home-pairs .home-line[data-attention=true]")).containsText("Посмотрите план и согласуйте его.");
        browser.screenshot(phone, "home-practitioner-phone");
        phone.locator("#home-pairs .home-line a").first().click();
        phone.locator("#agree").click();
        assertThat(phone.locator("#pair-status")).hasText("Договорились");

        browser.screenshot(phone, "pair-journal-form-phone");
        Locator kinds = phone.locator(".entry-kinds label.choice");
        assertThat(kinds).hasCount(4);
        assertTargetsAreThumbSized(kinds);
        assertTargetsAreThumbSized(phone.locator(".durations label.choice"));
        assertTargetsAreThumbSized(phone.locator("#entry-submit"));
        kinds.filter(new Locator.FilterOptions().setHasText("Посещение и анализ урока")).click();
        phone.locator(".durations label.choice").filter(new Locator.FilterOptions().setHasText("90 мин")).click();
        phone.locator("#note").fill("Посетила урок мастера в 7 «Б»: разобрали этапы и приёмы рефлексии");
        phone.locator("#entry-submit").click();
        assertThat(phone.locator("#journal-entries .journal-entry")).hasCount(1);
        assertThat(phone.locator("#journal-entries")).containsText("Посетила урок мастера в 7 «Б»");
        assertThat(phone.locator("#pair-status")).hasText("Работает");
        assertThat(pageScrollsSideways(phone)).isFalse();

        // the master records the product and grades it at the highest level of every criterion
        master.reload();
        master.locator("#product-form #title").fill("Карта наблюдения и анализа урока");
        master.locator("#product-form #kind").fill("методическая разработка");
        master.locator("#product-form #link").fill("https://disk.example/karta-analiza");
        master.locator("#product-form button[type=submit]").click();
        assertThat(master.locator("#product-title")).hasText("Карта наблюдения и анализа урока");
        Locator criteria = master.locator("#grade-form .rubric-criterion");
        assertThat(criteria).hasCount(4);
        for (int i = 0; i < criteria.count(); i++) {
            criteria.nth(i).locator("label.choice").last().click();
        }
        master.locator("#grade-comment").fill("Карта готова, её можно предложить коллегам на методическом объединении");
        master.locator("#grade-form button[type=submit]").click();
        assertThat(master.locator("#grade-level")).hasAttribute("data-level", "HIGH");
        assertThat(master.locator("#pair-next-step")).hasText("Продукт оценён; ждём подтверждения и отзыва практиканта.");

        // the practitioner confirms on the phone with a review and, separately, consent to publish it
        phone.reload();
        assertThat(phone.locator("#pair-next-step")).hasText("Мастер оценил продукт: подтвердите завершение и напишите отзыв.");
        phone.locator("#review").fill("Благодаря практике я научилась видеть урок глазами наблюдателя и давать обратную связь по делу.");
        phone.locator("#consent-choice label.choice").first().click();
        phone.locator("#completion-form button[type=submit]").click();
        assertThat(phone.locator("#pair-status")).hasText("Завершена");
        assertThat(phone.locator("#consent-state")).hasAttribute("data-consent", "true");

        PracticePair pair = pairs.get(scene.pair(), java.util.UUID.randomUUID(), RegistryScope.EVERYTHING);
        assertThat(pair.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.consent().given()).isTrue();
        assertThat(pair.consent().text()).startsWith("Я согласен(на) на публикацию моего отзыва");
        assertThat(pair.gradePoints()).isEqualTo(pair.gradeMaxPoints());
        assertThat(pair.entryCount()).isEqualTo(1);
        browser.screenshot(phone, "pair-completed-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * The reminder's way in and the coordinator's view: the practitioner opens the one-time link of a
     * reminder on a phone and adds the entry without signing in, and the coordinator's board shows the
     * pair move from agreed to active to completed, its row leading to the pair's page.
     */
    @Test
    void theReminderLinkAddsAnEntryFromAPhoneAndTheBoardShowsThePairMoveThroughTheFunnel(BrowserSession browser) {
        Scene scene = fixtures.agreed(PracticeFixtures.planAhead(LocalDate.now(clock)));
        Page board = browser.logInAs(scene.coordinator().getUsername(), PracticeFixtures.PASSWORD);
        board.navigate(browser.url("/practice/board"));
        assertThat(board.locator("#board-funnel")).hasAttribute("data-formed", "1");
        assertThat(board.locator("#board-funnel")).hasAttribute("data-agreed", "1");
        assertThat(board.locator("#board-funnel")).hasAttribute("data-active", "0");

        String token = transactions.execute(status -> links.issue(scene.pair().value(), scene.practitioner().personId().value(),
                clock.instant()));
        Page phone = browser.newPhonePage();
        phone.navigate(browser.url("/p/" + token));
        phone.locator("#pair-link-journal").click();
        assertTargetsAreThumbSized(phone.locator(".entry-kinds label.choice"));
        phone.locator(".entry-kinds label.choice").filter(new Locator.FilterOptions().setHasText("Встреча")).click();
        phone.locator(".durations label.choice").filter(new Locator.FilterOptions().setHasText("30 мин")).click();
        phone.locator("#note").fill("Договорились о первом посещении урока");
        phone.locator("#entry-submit").click();
        assertThat(phone.locator("#link-journal-saved")).isVisible();
        assertThat(pageScrollsSideways(phone)).isFalse();

        board.reload();
        assertThat(board.locator("#board-funnel")).hasAttribute("data-active", "1");
        assertThat(board.locator("#board-funnel")).hasAttribute("data-completed", "0");

        fixtures.complete(scene);
        board.reload();
        assertThat(board.locator("#board-funnel")).hasAttribute("data-completed", "1");
        board.locator(".board-pair-link").first().click();
        assertThat(board.locator("#pair-status")).hasText("Завершена");
        assertThat(board.locator("#journal-entries .journal-entry")).hasCount(1);
        assertThat(board.locator(".entry-private")).hasCount(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void assertTargetsAreThumbSized(Locator targets) {
        for (int i = 0; i < targets.count(); i++) {
            BoundingBox box = targets.nth(i).boundingBox();
            assertThat(box.height).as("height of target %d", i).isGreaterThanOrEqualTo(44);
        }
    }

    private static boolean pageScrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
