package ru.masterskaya.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

/** The people list as a coordinator uses it in a real browser, on a desktop and on a phone. */
@MasterskayaBrowserTest
class PeopleListBrowserIntegrationTest {

    static final String PASSWORD = "secret-password";

    @Autowired
    RegistryFixtures registry;

    CurrentUser coordinator;

    @BeforeEach
    void municipalityWithTwoSchools() {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Organisation otherSchool = registry.school(municipality);
        registry.teacher(school, "Лесникова", "Анна");
        registry.teacher(otherSchool, "Лесникова", "Вера");
        registry.teacher(otherSchool, "Полянская", "Ольга");
        registry.teacher(otherSchool, "Константинопольская-Преображенская", "Александра");
        coordinator = registry.coordinatorOf(municipality, school);
    }

    @Test
    void coordinatorLogsInThroughTheLoginFormSeesThePeopleAndFiltersThemByTypingPartOfAName(BrowserSession browser) {
        Page page = browser.logInAs(coordinator.getUsername(), PASSWORD);
        page.locator("#nav-registry").click();
        page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Люди")).click();

        Locator rows = page.locator("#people-table tbody tr");
        assertThat(page.locator("#people-count")).hasText("Найдено: 5");
        assertThat(rows).hasCount(5);

        page.evaluate("window.pageNotReloaded = true");
        page.locator("#q").pressSequentially("лесник");

        assertThat(page.locator("#people-count")).hasText("Найдено: 2");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Лесникова Анна");
        assertThat(rows.nth(1)).containsText("Лесникова Вера");
        assertThat(page).hasURL(Pattern.compile(".*/people\\?q=%D0%BB%D0%B5%D1%81%D0%BD%D0%B8%D0%BA.*"));
        assertThat(page.evaluate("window.pageNotReloaded")).as("htmx replaced the table, not the page").isEqualTo(true);
        assertThat(page.locator("#people-results")).hasCount(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneTheNavigationCollapsesIntoTheTogglerAndThePeopleTableScrollsInItsOwnContainer(BrowserSession browser) {
        Page page = browser.logInAs(browser.newPhonePage(), coordinator.getUsername(), PASSWORD);
        page.navigate(browser.url("/people"));

        assertThat(page.locator(".navbar-toggler")).isVisible();
        assertThat(page.locator("#main-nav")).isHidden();
        page.locator(".navbar-toggler").click();
        assertThat(page.locator("#main-nav").getByText("Реестр")).isVisible();
        assertThat(page.locator("#main-nav")).hasClass(Pattern.compile("\\bcollapse show\\b"));
        page.locator(".navbar-toggler").click();
        assertThat(page.locator("#main-nav")).isHidden();

        Locator container = page.locator(".table-responsive").filter(new Locator.FilterOptions().setHas(page.locator("#people-table")));
        assertThat(container).hasCSS("overflow-x", "auto");
        assertThat(pageScrollsSideways(page)).as("the page itself scrolls sideways").isFalse();
        assertThat((Boolean) container.evaluate("box => box.scrollWidth > box.clientWidth"))
                .as("the table is wider than the phone and scrolls in its container").isTrue();
        assertThat(page.locator("#people-table tbody tr").first().boundingBox().height)
                .as("an e-mail address is not broken letter by letter into a tall row").isLessThan(100);
        browser.screenshot(page, "people-list-on-a-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneTheLoginFormFitsWithoutSidewaysScrolling(BrowserSession browser) {
        Page page = browser.newPhonePage();
        page.navigate(browser.url("/login"));

        assertThat(page.locator("#username")).isVisible();
        assertThat(pageScrollsSideways(page)).as("the page scrolls sideways").isFalse();
        var button = page.locator("main form button[type=submit]").boundingBox();
        assertThat(button.x).isGreaterThanOrEqualTo(0);
        assertThat(button.x + button.width).isLessThanOrEqualTo(BrowserSession.PHONE_WIDTH);
        browser.screenshot(page, "login-on-a-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static boolean pageScrollsSideways(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
