package ru.masterskaya.diagnostics.respondent.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.util.List;
import com.microsoft.playwright.Download;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** A teacher takes the self-diagnosis on a 360-px phone through the personal link, with a bad connection too. */
@MasterskayaBrowserTest
@Import(DiagnosticsFixtures.class)
class SelfDiagnosisOnAPhoneBrowserIntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Instruments instruments;

    String token;
    List<InstrumentItem> items;
    Municipality municipality;
    Organisation school;
    Campaign campaign;

    @BeforeEach
    void aTeacherInvitedToAnOpenCampaign() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        Person teacher = registry.teacher(school, "Васильева", "Вера");
        campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        token = diagnostics.responseOf(campaign, teacher).getToken();
        items = instruments.version(campaign.getInstrumentVersionId()).getItems();
    }

    @Test
    void answeringHalfClosingThePhoneAndReopeningTheLinkContinuesUpToTheProfileThatTheCoordinatorThenSees(BrowserSession browser)
            throws IOException {
        Page page = browser.newPhonePage();
        page.navigate(browser.url("/d/" + token));
        assertThat(page.locator("main")).containsText("Каждый ответ сохраняется сразу");
        page.locator("#start").click();

        assertThat(page.locator("#progress-label")).hasText("Вопросы 1–2 из 6");
        Locator scale = question(page, 0).locator("label.choice");
        assertThat(scale).hasCount(5);
        assertTouchTargetsStackedVertically(scale);
        answer(page, 0, "Применяю самостоятельно");
        answer(page, 1, "Один-два дня");
        page.locator("#next").click();
        answer(page, 2, "Имею общее представление");
        assertThat(pageScrollsSideways(page)).isFalse();
        page.context().close();

        Page reopened = browser.newPhonePage();
        reopened.navigate(browser.url("/d/" + token));
        assertThat(reopened).hasURL(Pattern.compile(".*/d/" + token + "/page/2#item-" + items.get(3).getId()));
        assertThat(question(reopened, 2).locator("input[type=radio][value='1']")).isChecked();
        answer(reopened, 3, "Цель посещения");
        answer(reopened, 3, "Обратная связь учителю");
        reopened.locator("#next").click();
        answer(reopened, 4, "Применяю с помощью коллег");
        reopened.locator("#next").click();
        question(reopened, 5).locator("textarea").fill("Хочу научиться проводить форсайт-сессии");
        assertThat(question(reopened, 5).locator(".save-status")).hasText("Сохранено");
        reopened.locator("#next").click();

        Locator hackathon = reopened.locator("#ready-" + DiagnosticsFixtures.HACKATHON);
        hackathon.locator("label.choice").click();
        assertThat(hackathon.locator(".save-status")).hasText("Сохранено");
        reopened.locator("#submit").click();

        assertThat(reopened.locator("h1")).hasText("Результаты самодиагностики");
        // hackathon (3 + 2) / 6 = 83 %, lesson analysis (1 + 3) / 7 = 57 %, network community 2 / 4 = 50 %
        assertThat(reopened.locator(".profile-topic .topic-percent")).hasText(new String[] {"83 %", "57 %", "50 %"});
        assertThat(selfDiagnosis.open(token).readyTopics()).containsExactly(DiagnosticsFixtures.HACKATHON);
        assertThat(selfDiagnosis.open(token).answers().get(items.get(5).getId()))
                .isEqualTo(AnswerValue.written("Хочу научиться проводить форсайт-сессии"));
        assertThat(reopened.context().cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));

        CurrentUser coordinator = registry.coordinatorOf(municipality, school);
        Page desk = browser.logInAs(coordinator.getUsername(), "secret-password");
        desk.navigate(browser.url("/campaigns/" + campaign.getId()));
        desk.locator("#campaign-needs").click();
        assertThat(desk.locator("#respondents")).hasAttribute("data-respondents", "1");
        assertThat(topicNeed(desk, DiagnosticsFixtures.LESSON_ANALYSIS)).hasAttribute("data-high", "1");
        assertThat(topicNeed(desk, DiagnosticsFixtures.NETWORK_COMMUNITY)).hasAttribute("data-high", "1");
        assertThat(desk.locator(".wish-group")).containsText("Хочу научиться проводить форсайт-сессии");
        Download export = desk.waitForDownload(() -> desk.locator("#export-link").click());
        try (Workbook workbook = WorkbookFactory.create(export.path().toFile())) {
            Row profile = rowStartingWith(workbook.getSheet("Профили"), "Васильева");
            assertThat(List.of(profile.getCell(4).getNumericCellValue(), profile.getCell(5).getNumericCellValue(),
                    profile.getCell(6).getNumericCellValue())).containsExactly(83.0, 57.0, 50.0);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Locator topicNeed(Page page, java.util.UUID topicId) {
        return page.locator("#topic-needs tr[data-topic-id='" + topicId + "']");
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("No row of «" + sheet.getSheetName() + "» starts with " + text);
    }

    @Test
    void aSaveThatFailsSaysThereIsNoConnectionAndIsRetriedUntilItIsStored(BrowserSession browser) {
        Page page = browser.newPhonePage();
        AtomicInteger attempts = new AtomicInteger();
        page.route("**/answers/**", route -> {
            if (attempts.incrementAndGet() == 1) {
                route.abort("internetdisconnected");
            } else {
                route.resume();
            }
        });
        page.navigate(browser.url("/d/" + token + "/page/1"));

        question(page, 0).locator("label.choice").filter(new Locator.FilterOptions().setHasText("Могу научить других")).click();

        assertThat(page.locator("#connection-notice")).isVisible();
        assertThat(page.locator("#connection-notice")).hasText("Нет связи, ответ не сохранён — повторяем…");
        assertThat(question(page, 0).locator(".save-status")).hasText("Сохранено");
        assertThat(page.locator("#connection-notice")).isHidden();
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(selfDiagnosis.open(token).answers().get(items.get(0).getId())).isEqualTo(AnswerValue.chosen(4));
    }

    private Locator question(Page page, int index) {
        return page.locator("#item-" + items.get(index).getId());
    }

    private void answer(Page page, int index, String option) {
        Locator question = question(page, index);
        question.locator("label.choice").filter(new Locator.FilterOptions().setHasText(option)).click();
        assertThat(question.locator(".save-status")).hasText("Сохранено");
    }

    private static void assertTouchTargetsStackedVertically(Locator choices) {
        double previousTop = -1;
        Double left = null;
        for (int index = 0; index < choices.count(); index++) {
            BoundingBox box = choices.nth(index).boundingBox();
            assertThat(box.height).as("height of choice %d", index).isGreaterThanOrEqualTo(44);
            assertThat(box.y).isGreaterThan(previousTop);
            if (left != null) {
                assertThat(box.x).isEqualTo(left);
            }
            left = box.x;
            previousTop = box.y + box.height - 1;
        }
    }

    private static boolean pageScrollsSideways(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

}
