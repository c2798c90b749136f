package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.documents.rendering.PrintedDocument;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
@Import(CompletedPracticeFixture.class)
class DocumentIssuingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CompletedPracticeFixture practices;

    @Autowired
    DocumentRepository documents;

    Municipality town;
    Organisation school;
    CurrentUser coordinator;
    Person master;
    Person practitioner;

    @BeforeEach
    void aTownWithAMasterAndAPractitioner() {
        town = registry.municipality();
        school = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
        master = registry.teacher(school, "Мастерова", "Анна");
        practitioner = registry.teacher(school, "Практикантов", "Борис");
    }

    @Test
    void aCompletedPracticeDraftsTheMastersCertificateAndThePractitionersStatementWithoutNumbers() {
        PracticeCompleted completed = practices.complete(master, practitioner, "Формирующее оценивание", true);

        List<Document> drafted = documents.findByPairId(completed.pairId()).stream().sorted(Comparator.comparing(Document::getKind)).toList();

        assertThat(drafted).extracting(Document::getKind).containsExactly(DocumentKind.MASTER_CERTIFICATE, DocumentKind.PRACTITIONER_STATEMENT);
        assertThat(drafted).extracting(Document::getStatus).containsOnly(DocumentStatus.DRAFT);
        assertThat(drafted).extracting(Document::getNumber).containsOnlyNulls();
        assertThat(drafted.get(0).getHolderPersonId()).isEqualTo(master.getId());
        assertThat(drafted.get(0).getGradeLevel()).as("a master's certificate carries no grade").isNull();
        assertThat(drafted.get(1).getHolderPersonId()).isEqualTo(practitioner.getId());
        assertThat(drafted.get(1).getGradeLevel()).isEqualTo("высокий");
        assertThat(drafted.get(1).getGradeCriteria()).extracting(GradeCriterion::criterion).containsExactly("Соответствие ФГОС", "Практическая применимость");
        assertThat(drafted.get(1).getProductTitle()).contains("Технологическая карта урока");
    }

    @Test
    void announcingTheSamePracticeTwiceDraftsNothingNew() {
        PracticeCompleted completed = practices.complete(master, practitioner, "Проектная деятельность", false);

        practices.republish(completed);

        assertThat(documents.findByPairId(completed.pairId())).hasSize(2);
    }

    @Test
    void theCoordinatorIssuesADocumentUnderTheNextNumberOfTheRegisterOfItsKindAndYear() throws Exception {
        PracticeCompleted first = practices.complete(master, practitioner, "Смысловое чтение", false);
        PracticeCompleted second = practices.complete(master, practitioner, "Функциональная грамотность", false);

        String number1 = issue(certificateOf(first));
        String number2 = issue(certificateOf(second));
        String statement = issue(statementOf(first));

        assertThat(number1).matches("СМ-" + practices.year().shortLabel() + "-\\d{4}");
        assertThat(sequence(number2)).isEqualTo(sequence(number1) + 1);
        assertThat(statement).startsWith("СП-" + practices.year().shortLabel() + "-");
        Document issued = documents.findById(certificateOf(first).getId()).orElseThrow();
        assertThat(issued.getStatus()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.getIssuedBy()).isEqualTo(coordinator.getUsername());
        assertThat(issued.getTemplateId()).isNotNull();
        assertThat(issued.getIssuedOn()).isNotNull();
        String page = mvc.perform(get("/documents/{id}", issued.getId()).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#document-issued").text())
                .isEqualTo(PrintedDocument.DATE.format(issued.getIssuedOn()) + ", " + coordinator.name().initialsFirst());
    }

    @Test
    void documentsAreIssuedAsSoonAsTheyAreDraftedWhereTheCoordinatorTurnedThatOn() throws Exception {
        mvc.perform(post("/documents/settings").param("automatic", "true").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        PracticeCompleted completed = practices.complete(master, practitioner, "Наставничество в школе", false);

        assertThat(documents.findByPairId(completed.pairId())).extracting(Document::getStatus).containsOnly(DocumentStatus.ISSUED);
        assertThat(documents.findByPairId(completed.pairId())).extracting(Document::getIssuedBy).containsOnly(DocumentRegister.AUTOMATIC);

        mvc.perform(post("/documents/settings").with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        PracticeCompleted later = practices.complete(master, practitioner, "Наставничество в школе", false);
        assertThat(documents.findByPairId(later.pairId())).extracting(Document::getStatus).containsOnly(DocumentStatus.DRAFT);
    }

    @Test
    void thePdfAndTheDocxNameTheNumberTheHolderAndTheTopicAndTheQrCodeOpensTheVerificationPage() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Цифровые инструменты учителя", false);
        Document statement = statementOf(completed);
        String number = issue(statement);

        byte[] pdf = mvc.perform(get("/documents/{id}/pdf", statement.getId()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] docx = mvc.perform(get("/documents/{id}/docx", statement.getId()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "statement.pdf"), pdf);
        String pdfText = DocumentFilesReader.pdfText(pdf);
        assertThat(pdfText).contains("№ " + number, "Практикантов Борис Петрович", "Цифровые инструменты учителя", "практикант",
                "высокий, 18 из 20 баллов", "Соответствие ФГОС");
        assertThat(DocumentFilesReader.pdfPages(pdf)).isEqualTo(1);
        String docxText = DocumentFilesReader.docxText(docx);
        assertThat(docxText).contains("№ " + number, "Практикантов Борис Петрович", "Цифровые инструменты учителя");
        String qr = DocumentFilesReader.qrOnFirstPage(pdf);
        assertThat(qr).isEqualTo("http://localhost:8080/v/" + statement.getVerificationCode());

        String page = mvc.perform(get(qr.substring("http://localhost:8080".length())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#verification-valid")).hasSize(1);
    }

    @Test
    void theVerificationPageShowsAValidDocumentThenItsRevocationWithTheDate() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Работа с родителями", false);
        Document certificate = certificateOf(completed);
        String number = issue(certificate);

        var valid = Jsoup.parse(verificationPage(certificate.getVerificationCode()));
        assertThat(valid.select("#verification-valid").text()).isEqualTo("Документ действителен");
        assertThat(valid.select("#verified-number").text()).isEqualTo("№ " + number);
        assertThat(valid.select("#verified-holder").text()).isEqualTo("А.П. Мастерова");
        assertThat(valid.text()).contains("Работа с родителями", PrintedDocument.DATE.format(practices.startedOn()), PrintedDocument.DATE.format(practices.completedOn()), "Муниципальная методическая служба")
                .doesNotContain(master.getEmail(), school.getShortName(), "Анна Петрович", "Технологическая карта");

        mvc.perform(post("/documents/{id}/revoke", certificate.getId()).param("reason", "Выдан по ошибке").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var revoked = Jsoup.parse(verificationPage(certificate.getVerificationCode()));
        assertThat(revoked.select("#verification-valid")).isEmpty();
        assertThat(revoked.select("#verification-revoked").text()).startsWith("Документ отозван ").matches(".*\\d{2}\\.\\d{2}\\.\\d{4}");
        Document stored = documents.findById(certificate.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(stored.getRevocationReason()).isEqualTo("Выдан по ошибке");
        assertThat(stored.getNumber()).isEqualTo(number);
        String page = mvc.perform(get("/documents/{id}", certificate.getId()).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#document-revocation").text()).isEqualTo(PrintedDocument.DATE.format(stored.getRevokedOn()) + ", "
                + coordinator.name().initialsFirst() + "; причина: Выдан по ошибке");
    }

    @Test
    void aRevocationNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Инклюзия", false);
        Document certificate = certificateOf(completed);
        issue(certificate);

        String page = mvc.perform(post("/documents/{id}/revoke", certificate.getId()).param("reason", "  ").with(user(coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#reason-errors").text()).isEqualTo("Укажите причину отзыва.");
        assertThat(documents.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.ISSUED);
    }

    @Test
    void aReissueGivesANewNumberAndTheOldOneStaysAsSuperseded() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Читательская грамотность", false);
        Document certificate = certificateOf(completed);
        String oldNumber = issue(certificate);

        mvc.perform(post("/documents/{id}/reissue", certificate.getId()).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document old = documents.findById(certificate.getId()).orElseThrow();
        Document successor = documents.findById(old.getSupersededById()).orElseThrow();
        assertThat(old.getStatus()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(old.getNumber()).isEqualTo(oldNumber);
        assertThat(successor.getStatus()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(successor.getNumber()).isNotEqualTo(oldNumber).startsWith("СМ-" + practices.year().shortLabel() + "-");
        assertThat(successor.getVerificationCode()).isNotEqualTo(old.getVerificationCode());
        var oldPage = Jsoup.parse(verificationPage(old.getVerificationCode()));
        assertThat(oldPage.select("#verification-superseded").text()).contains(successor.getNumber());
    }

    @Test
    void anUnknownOrDraftCodeSaysTheDocumentIsNotFoundAndRevealsNothing() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Школьный театр", false);
        Document draft = certificateOf(completed);

        for (String code : List.of(draft.getVerificationCode(), "A".repeat(43), "СМ-2025-26-0001", "1")) {
            String page = mvc.perform(get("/v/{code}", code).with(request -> {
                request.setRemoteAddr("198.51.100.7");
                return request;
            })).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select("#verification-not-found").text()).isEqualTo("Документ не найден");
        }
    }

    @Test
    void theVerificationPageRefusesAClientThatAsksTooOftenInAMinute() throws Exception {
        String address = "203.0.113." + RegistryFixtures.unique() % 250;
        int refused = 0;
        for (int i = 0; i < 35; i++) {
            int status = mvc.perform(get("/v/{code}", "B".repeat(43)).with(request -> {
                request.setRemoteAddr(address);
                return request;
            })).andReturn().getResponse().getStatus();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).as("the limit is 30 a minute; a minute boundary may reset it once").isBetween(1, 5);
        int other = mvc.perform(get("/v/{code}", "B".repeat(43)).with(request -> {
            request.setRemoteAddr("203.0.113.251");
            return request;
        })).andReturn().getResponse().getStatus();
        assertThat(other).as("another address is not affected").isEqualTo(404);
    }

    @Test
    void theRegisterListsTheYearsDocumentsAndFiltersThem() throws Exception {
        PracticeCompleted completed = practices.complete(master, practitioner, "Финансовая грамотность", false);
        issue(certificateOf(completed));

        var all = Jsoup.parse(mvc.perform(get("/documents").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var issuedOnly = Jsoup.parse(mvc.perform(get("/documents").param("status", "ISSUED").param("kind", "MASTER_CERTIFICATE")
                .with(user(coordinator))).andReturn().getResponse().getContentAsString());

        assertThat(all.select(".document-row").eachAttr("data-document-id"))
                .contains(certificateOf(completed).getId().toString(), statementOf(completed).getId().toString());
        assertThat(issuedOnly.select(".document-row").eachAttr("data-status")).containsOnly("ISSUED");
        assertThat(issuedOnly.select(".document-row").eachAttr("data-kind")).containsOnly("MASTER_CERTIFICATE");
    }

    private String verificationPage(String code) throws Exception {
        return mvc.perform(get("/v/{code}", code).with(request -> {
            request.setRemoteAddr("192.0.2." + (RegistryFixtures.unique() % 250));
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String issue(Document document) throws Exception {
        mvc.perform(post("/documents/{id}/issue", document.getId()).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        return documents.findById(document.getId()).orElseThrow().getNumber();
    }

    private Document certificateOf(PracticeCompleted completed) {
        return of(completed, DocumentKind.MASTER_CERTIFICATE);
    }

    private Document statementOf(PracticeCompleted completed) {
        return of(completed, DocumentKind.PRACTITIONER_STATEMENT);
    }

    private Document of(PracticeCompleted completed, DocumentKind kind) {
        return documents.findByPairId(completed.pairId()).stream().filter(document -> document.getKind() == kind).findFirst().orElseThrow();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
