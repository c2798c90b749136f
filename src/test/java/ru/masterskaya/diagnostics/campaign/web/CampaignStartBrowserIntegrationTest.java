package ru.masterskaya.diagnostics.campaign.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** A coordinator starts a campaign in the browser; the invitation arrives over SMTP and its link opens the form on a phone. */
@MasterskayaBrowserTest
@Import(DiagnosticsFixtures.class)
class CampaignStartBrowserIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    Clock clock;

    @Test
    void aCoordinatorCountsTheInviteesStartsTheCampaignAndTheTeacherOpensTheEmailedLinkOnAPhone(BrowserSession browser) {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Organisation kindergarten = registry.kindergarten(municipality);
        Person teacher = registry.teacher(school, "Ковалёва", "Ксения");
        registry.teacher(school, "Орлов", "Олег");
        Person notInvited = registry.teacher(kindergarten, "Нестерова", "Нина");
        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        InstrumentVersion version = diagnostics.smallInstrument();
        LocalDate today = LocalDate.now(clock);

        Page page = browser.logInAs(coordinator.getUsername(), "secret-password");
        page.navigate(browser.url("/campaigns"));
        page.locator("a[href='/campaigns/new']").click();
        page.locator("#title").fill("Самодиагностика учителей школы");
        page.locator("#instrumentVersionId").selectOption(version.getId().toString());
        page.locator("#opensOn").fill(today.toString());
        page.locator("#closesOn").fill(today.plusDays(14).toString());
        page.locator("#organisationIds").selectOption(school.getId().toString());
        page.locator("#count-invitees").click();
        // the two teachers and the coordinator, who works at the school too; the kindergarten is not chosen
        assertThat(page.locator("#invitee-count")).hasText("Будет приглашено: 3");
        page.locator("#campaign-form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/campaigns/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Самодиагностика учителей школы");
        assertThat(page.locator("main")).containsText("Ковалёва");
        assertThat(page.locator("main")).not().containsText("Нестерова");

        ReceivedMail invitation = mailbox.awaitMailTo(teacher.getEmail());
        assertThat(invitation.text()).contains("Самодиагностика учителей школы");
        assertThat(mailbox.mailTo(notInvited.getEmail())).isEmpty();
        Page phone = browser.newPhonePage();
        phone.navigate(browser.url(invitation.linkPath("/d/")));
        assertThat(phone.locator("main")).containsText("Самодиагностика учителей школы");
        phone.locator("#start").click();
        assertThat(phone.locator("#progress-label")).hasText("Вопросы 1–2 из 6");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
