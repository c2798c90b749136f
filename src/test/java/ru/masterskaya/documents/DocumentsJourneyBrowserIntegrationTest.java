package ru.masterskaya.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * A coordinator issues both documents of a completed practice, the QR code of the certificate opens
 * its verification page in a fresh browser where it is valid; after revocation the same page says
 * revoked. The completed practice comes from {@link CompletedPracticeFixture} until the practice pages
 * are merged.
 */
@MasterskayaBrowserTest
@Import(CompletedPracticeFixture.class)
class DocumentsJourneyBrowserIntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CompletedPracticeFixture practices;

    @Value("${masterskaya.base-url}")
    String baseUrl;

    @Test
    void theCoordinatorIssuesBothDocumentsTheQrCodeShowsTheCertificateValidThenRevoked(BrowserSession browser) throws Exception {
        Municipality town = registry.municipality();
        Organisation school = registry.school(town);
        CurrentUser coordinator = registry.coordinatorOf(town, school);
        practices.complete(registry.teacher(school, "Мастерова", "Анна"),
                registry.teacher(school, "Практикантов", "Борис"), "Формирующее оценивание", false);

        Page page = browser.logInAs(coordinator.getUsername(), "secret-password");
        page.locator("#nav-documents").click();
        page.locator("#nav-documents-register").click();
        assertThat(page).hasURL(Pattern.compile(".*/documents$"));
        assertThat(page.locator(".document-row[data-status=DRAFT]")).hasCount(2);
        page.locator(".document-row input[name=ids]").nth(0).check();
        page.locator(".document-row input[name=ids]").nth(1).check();
        page.locator("#bulk-issue").click();

        assertThat(page.locator(".document-row[data-status=ISSUED]")).hasCount(2);
        browser.screenshot(page, "documents-register");
        page.locator(".document-row[data-kind=MASTER_CERTIFICATE] .document-link").click();
        assertThat(page.locator("#document-status")).hasText("Выдан");
        String number = page.locator("#document-number").textContent().strip();
        assertThat(number).startsWith("СМ-" + practices.year().shortLabel() + "-");
        Download download = page.waitForDownload(() -> page.locator("#document-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(DocumentFilesReader.pdfText(pdf)).contains("№ " + number, "Мастерова Анна Петрович", "Формирующее оценивание");
        String qr = DocumentFilesReader.qrOnFirstPage(pdf);
        assertThat(qr).startsWith(baseUrl + "/v/");
        String verificationPath = qr.substring(baseUrl.length());

        Page stranger = browser.newPage();
        stranger.navigate(browser.url(verificationPath));
        assertThat(stranger.locator("#verification-valid")).hasText("Документ действителен");
        assertThat(stranger.locator("#verified-number")).hasText("№ " + number);
        assertThat(stranger.locator("#verified-holder")).hasText("А.П. Мастерова");
        browser.screenshot(stranger, "documents-verification-valid");

        page.locator("#reason").fill("Выдан по ошибке в теме");
        page.locator("#document-revoke").click();
        assertThat(page.locator("#document-status")).hasText("Отозван");

        stranger.reload();
        assertThat(stranger.locator("#verification-revoked")).containsText("Документ отозван");
        assertThat(stranger.locator("#verification-valid")).hasCount(0);
        browser.screenshot(stranger, "documents-verification-revoked");
        browser.screenshot(page, "documents-detail-revoked");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
