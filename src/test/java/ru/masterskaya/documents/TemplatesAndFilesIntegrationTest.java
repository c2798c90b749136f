package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** Template versions, and what the register hands out: XLSX, a ZIP of PDFs, one merged PDF. */
@MasterskayaIntegrationTest
@Import(CompletedPracticeFixture.class)
class TemplatesAndFilesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CompletedPracticeFixture practices;

    @Autowired
    DocumentRepository documents;

    @Autowired
    DocumentTemplates templates;

    CurrentUser coordinator;
    TemplateOwner town;
    Person master;
    Person practitioner;
    PracticeCompleted completed;

    @BeforeEach
    void aCompletedPractice() throws Exception {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        coordinator = registry.coordinatorOf(municipality, school);
        town = TemplateOwner.municipality(municipality.getId(), municipality.getRegion().getId());
        master = registry.teacher(school, "Мастерова", "Анна");
        practitioner = registry.teacher(school, "Практикантов", "Борис");
        completed = practices.complete(master, practitioner, "Естественнонаучная грамотность", false);
    }

    @Test
    void editingATemplateMakesANewVersionAndAnIssuedDocumentKeepsRenderingAsIssued() throws Exception {
        Document certificate = of(DocumentKind.MASTER_CERTIFICATE);
        issue(certificate);
        DocumentTemplate used = templates.version(documents.findById(certificate.getId()).orElseThrow().getTemplateId());
        assertThat(DocumentTemplates.isOwn(used, town)).as("the town had no template of its own").isFalse();

        String newTitle = "СЕРТИФИКАТ ОБРАЗЦА № " + RegistryFixtures.unique();
        mvc.perform(templateForm(newTitle, "был(а) мастером по теме «{тема}» {период}.")).andExpect(status().is3xxRedirection());

        DocumentTemplate current = templates.current(DocumentKind.MASTER_CERTIFICATE, town);
        assertThat(DocumentTemplates.isOwn(current, town)).isTrue();
        assertThat(current.getVersionNumber()).as("the town's own chain starts").isEqualTo(1);
        assertThat(templates.version(used.getId()).getTitle()).as("the used version is unchanged").isEqualTo(used.getTitle());
        String issuedPdf = DocumentFilesReader.pdfText(pdf(certificate));
        assertThat(issuedPdf).contains(used.getTitle(), used.getSigners().get(0).name()).doesNotContain(newTitle);

        Document statement = of(DocumentKind.PRACTITIONER_STATEMENT);
        PracticeCompleted later = practices.complete(master, practitioner, "Глобальные компетенции", false);
        Document newCertificate = documents.findByPairId(later.pairId()).stream()
                .filter(document -> document.getKind() == DocumentKind.MASTER_CERTIFICATE).findFirst().orElseThrow();
        issue(newCertificate);
        assertThat(DocumentFilesReader.pdfText(pdf(newCertificate))).contains(newTitle, "Директор МКУ ИМЦ", "О.И. Петрова");
        assertThat(statement.getKind()).isEqualTo(DocumentKind.PRACTITIONER_STATEMENT);

        mvc.perform(templateForm(newTitle + " (исправлено)", "был(а) мастером по теме «{тема}».")).andExpect(status().is3xxRedirection());
        assertThat(templates.current(DocumentKind.MASTER_CERTIFICATE, town).getVersionNumber()).isEqualTo(2);
    }

    @Test
    void aTownsTemplateIsItsOwnAndLeavesTheDocumentsOfAnotherTownAsTheyWere() throws Exception {
        Municipality otherTown = registry.municipality();
        Organisation otherSchool = registry.school(otherTown);
        CurrentUser otherCoordinator = registry.coordinatorOf(otherTown, otherSchool);
        PracticeCompleted otherPractice = practices.complete(registry.teacher(otherSchool, "Соседова", "Вера"),
                registry.teacher(otherSchool, "Соседов", "Глеб"), "Функциональная грамотность", false);
        Document otherCertificate = documents.findByPairId(otherPractice.pairId()).stream()
                .filter(document -> document.getKind() == DocumentKind.MASTER_CERTIFICATE).findFirst().orElseThrow();

        String ownTitle = "СЕРТИФИКАТ ГОРОДА № " + RegistryFixtures.unique();
        mvc.perform(templateForm(ownTitle, "был(а) мастером по теме «{тема}» {период}.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/documents/{id}/issue", otherCertificate.getId()).with(user(otherCoordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document certificate = of(DocumentKind.MASTER_CERTIFICATE);
        issue(certificate);

        assertThat(DocumentFilesReader.pdfText(pdf(certificate))).contains(ownTitle, "О.И. Петрова");
        String otherPdf = DocumentFilesReader.pdfText(mvc.perform(get("/documents/{id}/pdf", otherCertificate.getId()).with(user(otherCoordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(otherPdf).contains("СЕРТИФИКАТ МАСТЕРА").doesNotContain(ownTitle, "О.И. Петрова");
        var otherForm = Jsoup.parse(mvc.perform(get("/documents/templates/MASTER_CERTIFICATE").with(user(otherCoordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(otherForm.select("#title").val()).isEqualTo("СЕРТИФИКАТ МАСТЕРА");
        assertThat(otherForm.select("#template-owner").text()).contains(otherTown.getName());
        assertThat(otherForm.select("#template-inherited")).isNotEmpty();
        var ownList = Jsoup.parse(mvc.perform(get("/documents/templates").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(ownList.select(".document-template[data-kind=MASTER_CERTIFICATE] .template-own")).isNotEmpty();
        assertThat(ownList.select(".document-template[data-kind=PRACTITIONER_STATEMENT] .template-inherited")).isNotEmpty();
    }

    @Test
    void aTemplateWithoutATitleIsRefusedWithAMessageAndTheTypedTextKept() throws Exception {
        DocumentTemplate before = templates.current(DocumentKind.MASTER_CERTIFICATE, town);

        String page = mvc.perform(templateForm("", "Текст, который нельзя потерять")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        var html = Jsoup.parse(page);
        assertThat(html.select("#title-errors").text()).isEqualTo("Укажите заголовок документа.");
        assertThat(html.select("#body").text()).isEqualTo("Текст, который нельзя потерять");
        assertThat(templates.current(DocumentKind.MASTER_CERTIFICATE, town).getId()).isEqualTo(before.getId());
    }

    @Test
    void thePreviewOfAVersionShowsItWithSampleData() throws Exception {
        DocumentTemplate current = templates.current(DocumentKind.PRACTITIONER_STATEMENT, town);

        byte[] pdf = mvc.perform(get("/documents/templates/versions/{id}/preview", current.getId()).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(DocumentFilesReader.pdfText(pdf)).contains(current.getTitle(), "Иванова Мария Петровна", "высокий, 18 из 20 баллов");
    }

    @Test
    void theRegisterIsExportedAsAWorkbookWithARowPerDocument() throws Exception {
        issue(of(DocumentKind.MASTER_CERTIFICATE));

        byte[] xlsx = mvc.perform(get("/documents/export").param("kind", "MASTER_CERTIFICATE").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
            List<String> holders = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                holders.add(sheet.getRow(row).getCell(4).getStringCellValue());
                assertThat(sheet.getRow(row).getCell(2).getStringCellValue()).isEqualTo("Сертификат мастера");
            }
            assertThat(holders).containsExactly("Мастерова Анна Петрович");
        }
    }

    @Test
    void aSelectionComesAsOneZipOfPdfsOrAsOneMergedPdf() throws Exception {
        Document certificate = of(DocumentKind.MASTER_CERTIFICATE);
        Document statement = of(DocumentKind.PRACTITIONER_STATEMENT);
        issue(certificate);
        issue(statement);

        byte[] zip = mvc.perform(post("/documents/bulk").param("action", "zip").param("ids", certificate.getId().toString(), statement.getId().toString())
                .with(user(coordinator)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] merged = mvc.perform(post("/documents/bulk").param("action", "pdf").param("ids", certificate.getId().toString(), statement.getId().toString())
                .with(user(coordinator)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                assertThat(DocumentFilesReader.pdfText(entries.readAllBytes())).contains("Естественнонаучная грамотность");
            }
        }
        assertThat(names).containsExactlyInAnyOrder(number(certificate).replace('/', '_') + ".pdf", number(statement).replace('/', '_') + ".pdf");
        assertThat(DocumentFilesReader.pdfPages(merged)).isEqualTo(2);
        assertThat(DocumentFilesReader.pdfText(merged)).contains(number(certificate), number(statement));
    }

    @Test
    void bulkIssueGivesEveryDraftOfTheSelectionItsNumber() throws Exception {
        mvc.perform(post("/documents/bulk").param("action", "issue")
                        .param("ids", of(DocumentKind.MASTER_CERTIFICATE).getId().toString(), of(DocumentKind.PRACTITIONER_STATEMENT).getId().toString())
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(documents.findByPairId(completed.pairId())).extracting(Document::getStatus).containsOnly(DocumentStatus.ISSUED);
    }

    @Test
    void aBulkActionWithNothingTickedSaysSoAndChangesNothing() throws Exception {
        mvc.perform(post("/documents/bulk").param("action", "issue").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message", "documents.bulk.nothingSelected"));
        mvc.perform(post("/documents/bulk").param("action", "zip").with(user(coordinator)).with(csrf()))
                .andExpect(status().isSeeOther());

        assertThat(documents.findByPairId(completed.pairId())).extracting(Document::getStatus).containsOnly(DocumentStatus.DRAFT);
    }

    private org.springframework.test.web.servlet.RequestBuilder templateForm(String title, String body) {
        return multipart("/documents/templates/MASTER_CERTIFICATE")
                .param("title", title)
                .param("issuerName", "МКУ «Информационно-методический центр»")
                .param("preamble", "подтверждается, что")
                .param("body", body)
                .param("accentColour", "#7A1F1F")
                .param("signer1Position", "Директор МКУ ИМЦ")
                .param("signer1Name", "О.И. Петрова")
                .with(user(coordinator)).with(csrf());
    }

    private void issue(Document document) throws Exception {
        mvc.perform(post("/documents/{id}/issue", document.getId()).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private byte[] pdf(Document document) throws Exception {
        return mvc.perform(get("/documents/{id}/pdf", document.getId()).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String number(Document document) {
        return documents.findById(document.getId()).orElseThrow().getNumber();
    }

    private Document of(DocumentKind kind) {
        return documents.findByPairId(completed.pairId()).stream().filter(document -> document.getKind() == kind).findFirst().orElseThrow();
    }
}
