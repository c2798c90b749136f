package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
    void eachHolderIsEmailedTheirDocumentAsAPdfWithItsVerificationLink() throws Exception {
        Municipality town = registry.municipality();
        Organisation school = registry.school(town);
        CurrentUser coordinator = registry.coordinatorOf(town, school);
        Person master = registry.teacher(school, "Мастерова", "Анна");
        PracticeCompleted completed = practices.complete(master, registry.teacher(school, "Практикантов", "Борис"), "Медиаграмотность", false);
        Document certificate = documents.findByPairId(completed.pairId()).stream()
                .filter(document -> document.getKind() == DocumentKind.MASTER_CERTIFICATE).findFirst().orElseThrow();
        mvc.perform(post("/documents/{id}/issue", certificate.getId()).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post("/documents/bulk").param("action", "mail").param("ids", certificate.getId().toString())
                .with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        Mailbox.ReceivedMail mail = mailbox.awaitMailTo(master.getEmail());
        String number = documents.findById(certificate.getId()).orElseThrow().getNumber();
        assertThat(mail.subject()).contains("Сертификат мастера", number);
        assertThat(mail.text()).contains("/my/documents", "/v/" + certificate.getVerificationCode());
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo(number.replace('/', '_') + ".pdf");
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(DocumentFilesReader.pdfText(pdf.content())).contains("№ " + number, "Мастерова Анна", "Медиаграмотность");
        });
    }
}
