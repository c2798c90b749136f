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
import java.time.Clock;
import java.time.LocalDate;
import ru.masterskaya.practice.PracticeFixtures;

/**
 * A coordinator issues both documents of a completed practice, the QR code of the certificate opens
 * its verification page in a fresh browser where it is valid; after revocation the same page says
 * revoked. The practice is completed through the practice module's own service, as its sides do on
 * the pair page (that journey has its own browser test), so the documents come from the real event.
 */
@MasterskayaBrowserTest
@Import(PracticeFixtures.class)
class DocumentsJourneyBrowserIntegrationTest {

    @Autowired
    PracticeFixtures practices;

    @Autowired
    Clock clock;

    @Value("${masterskaya.base-url}")
    String baseUrl;

    @Test
    void theCoordinatorIssuesBothDocumentsTheQrCodeShowsTheCertificateValidThenRevoked(BrowserSession browser) throws Exception {
        PracticeFixtures.Scene practice = practices.complete(practices.active(PracticeFixtures.planPastMidpoint(LocalDate.now(clock))));

        Page page = browser.logInAs(practice.coordinator().getUsername(), PracticeFixtures.PASSWORD);
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
        assertThat(number).startsWith("СМ-" + practice.year().shortLabel() + "-");
        Download download = page.waitForDownload(() -> page.locator("#document-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(DocumentFilesReader.pdfText(pdf)).contains("№ " + number, "Тимофеева Елена Петрович", "Сетевое сообщество педагогов");
        String qr = DocumentFilesReader.qrOnFirstPage(pdf);
        assertThat(qr).startsWith(baseUrl + "/v/");
        String verificationPath = qr.substring(baseUrl.length());

        Page stranger = browser.newPage();
        stranger.navigate(browser.url(verificationPath));
        assertThat(stranger.locator("#verification-valid")).hasText("Документ действителен");
        assertThat(stranger.locator("#verified-number")).hasText("№ " + number);
        assertThat(stranger.locator("#verified-holder")).hasText("Е.П. Тимофеева");
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
