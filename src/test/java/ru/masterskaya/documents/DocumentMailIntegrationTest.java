package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** A holder is e-mailed their document as a PDF, with the links to their page and to the verification page. */
@MasterskayaIntegrationTest
@Import(CompletedPracticeFixture.class)
class DocumentMailIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    CompletedPracticeFixture practices;

    @Autowired
    DocumentRepository documents;

    @Test
    void eachHolderIsEmailedTheirOwnDocumentAsAPdfWithItsVerificationLink() throws Exception {
        Municipality town = registry.municipality();
        Organisation school = registry.school(town);
        CurrentUser coordinator = registry.coordinatorOf(town, school);
        Person master = registry.teacher(school, "Мастерова", "Анна");
        Person practitioner = registry.teacher(school, "Практикантов", "Борис");
        PracticeCompleted completed = practices.complete(master, practitioner, "Медиаграмотность", false);
        Document certificate = of(completed, DocumentKind.MASTER_CERTIFICATE);
        Document statement = of(completed, DocumentKind.PRACTITIONER_STATEMENT);
        mvc.perform(post("/documents/bulk").param("action", "issue").param("ids", certificate.getId().toString(), statement.getId().toString())
                .with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post("/documents/bulk").param("action", "mail").param("ids", certificate.getId().toString(), statement.getId().toString())
                .with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        String number = documents.findById(certificate.getId()).orElseThrow().getNumber();
        Mailbox.ReceivedMail mail = documentMailTo(master, number);
        assertThat(mail.subject()).contains("Сертификат мастера", number);
        assertThat(mail.text()).contains("/my/documents", "/v/" + certificate.getVerificationCode());
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo(number.replace('/', '_') + ".pdf");
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(DocumentFilesReader.pdfText(pdf.content())).contains("№ " + number, "Мастерова Анна", "Медиаграмотность");
        });
        String statementNumber = documents.findById(statement.getId()).orElseThrow().getNumber();
        assertThat(documentMailTo(practitioner, statementNumber).attachments()).singleElement()
                .satisfies(pdf -> assertThat(DocumentFilesReader.pdfText(pdf.content())).contains("№ " + statementNumber, "Практикантов Борис"));
    }

    /** The e-mail about the numbered document, once it has come: a holder may also have other e-mails about their practice. */
    private static Mailbox.ReceivedMail documentMailTo(Person holder, String number) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailbox.mailTo(holder.getEmail()).stream().anyMatch(mail -> mail.subject().contains(number)));
        return mailbox.mailTo(holder.getEmail()).stream().filter(mail -> mail.subject().contains(number)).findFirst().orElseThrow();
    }

    private Document of(PracticeCompleted completed, DocumentKind kind) {
        return documents.findByPairId(completed.pairId()).stream().filter(document -> document.getKind() == kind).findFirst().orElseThrow();
    }
}
