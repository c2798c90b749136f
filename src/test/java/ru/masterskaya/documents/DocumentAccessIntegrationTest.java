package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.Role;
import ru.masterskaya.registry.ScopedRole;

/** Who sees and changes which documents: one test per rule, each against a document of a school in one town. */
@MasterskayaIntegrationTest
@Import(CompletedPracticeFixture.class)
class DocumentAccessIntegrationTest {

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
    Organisation otherSchool;
    CurrentUser coordinator;
    Person master;
    Person practitioner;
    Document certificate;

    @BeforeEach
    void anIssuedCertificateOfASchoolInTown() throws Exception {
        town = registry.municipality();
        school = registry.school(town);
        otherSchool = registry.school(town);
        coordinator = registry.coordinatorOf(town, school);
        master = registry.teacher(school, "Мастерова", "Анна");
        practitioner = registry.teacher(otherSchool, "Практикантов", "Борис");
        PracticeCompleted completed = practices.complete(master, practitioner, "Проектное обучение", false);
        certificate = documents.findByPairId(completed.pairId()).stream()
                .filter(document -> document.getKind() == DocumentKind.MASTER_CERTIFICATE).findFirst().orElseThrow();
        mvc.perform(post("/documents/{id}/issue", certificate.getId()).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCoordinatorOfTheTerritoryReadsIssuesAndRevokes() throws Exception {
        mvc.perform(get("/documents/{id}", certificate.getId()).with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(post("/documents/{id}/revoke", certificate.getId()).param("reason", "Ошибка в теме").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.REVOKED);
    }

    @Test
    void aCoordinatorOfAnotherTerritoryNeitherSeesNorRevokesTheDocument() throws Exception {
        Municipality elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));

        mvc.perform(get("/documents/{id}", certificate.getId()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/pdf", certificate.getId()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/documents/{id}/revoke", certificate.getId()).param("reason", "чужой").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        var register = Jsoup.parse(mvc.perform(get("/documents").with(user(stranger))).andReturn().getResponse().getContentAsString());
        assertThat(register.select(".document-row[data-document-id=" + certificate.getId() + "]")).isEmpty();
        assertThat(documents.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(DocumentStatus.ISSUED);
    }

    @Test
    void anInstitutionCoordinatorSeesTheirOrganisationsDocumentsButDoesNotIssueOrRevoke() throws Exception {
        CurrentUser deputy = registry.deputyOf(school);

        var register = Jsoup.parse(mvc.perform(get("/documents").with(user(deputy))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(register.select(".document-row").eachAttr("data-document-id")).containsExactly(certificate.getId().toString());
        assertThat(register.select("#bulk-issue")).isEmpty();
        mvc.perform(get("/documents/{id}/pdf", certificate.getId()).with(user(deputy))).andExpect(status().isOk());
        mvc.perform(post("/documents/{id}/revoke", certificate.getId()).param("reason", "нет").with(user(deputy)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/documents/settings").param("automatic", "true").with(user(deputy)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theDeputyOfAnotherOrganisationDoesNotSeeTheDocument() throws Exception {
        CurrentUser otherDeputy = registry.deputyOf(otherSchool);

        var register = Jsoup.parse(mvc.perform(get("/documents").with(user(otherDeputy))).andReturn().getResponse().getContentAsString());
        assertThat(register.select(".document-row[data-document-id=" + certificate.getId() + "]")).isEmpty();
        mvc.perform(get("/documents/{id}", certificate.getId()).with(user(otherDeputy))).andExpect(status().isNotFound());
    }

    @Test
    void theHolderSeesAndDownloadsTheirOwnIssuedDocumentOnTheirOwnPage() throws Exception {
        CurrentUser holder = registry.user(master, "secret-password", ScopedRole.unscoped(Role.MASTER));

        var page = Jsoup.parse(mvc.perform(get("/my/documents").with(user(holder))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".my-document").eachAttr("data-number")).containsExactly(documents.findById(certificate.getId()).orElseThrow().getNumber());
        byte[] pdf = mvc.perform(get("/my/documents/{id}/pdf", certificate.getId()).with(user(holder))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFilesReader.pdfText(pdf)).contains("Мастерова Анна Петрович");
        mvc.perform(get("/documents").with(user(holder))).andExpect(status().isForbidden());
    }

    @Test
    void aHolderSeesNeitherSomeoneElsesDocumentsNorTheirOwnDrafts() throws Exception {
        CurrentUser practitionerAccount = registry.user(practitioner, "secret-password", ScopedRole.unscoped(Role.PRACTITIONER));
        Document draftStatement = documents.findByPairId(certificate.getPairId()).stream()
                .filter(document -> document.getKind() == DocumentKind.PRACTITIONER_STATEMENT).findFirst().orElseThrow();

        mvc.perform(get("/my/documents/{id}/pdf", certificate.getId()).with(user(practitionerAccount))).andExpect(status().isNotFound());
        mvc.perform(get("/my/documents/{id}/pdf", draftStatement.getId()).with(user(practitionerAccount))).andExpect(status().isNotFound());
        var page = Jsoup.parse(mvc.perform(get("/my/documents").with(user(practitionerAccount))).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".my-document")).isEmpty();
        assertThat(page.select("#my-documents-empty")).hasSize(1);
    }

    @Test
    void someoneWhoIsNotSignedInIsSentToTheLoginButOpensTheVerificationPage() throws Exception {
        mvc.perform(get("/documents")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/my/documents")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/{id}/pdf", certificate.getId())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v/{code}", certificate.getVerificationCode()).with(request -> {
            request.setRemoteAddr("192.0.2.200");
            return request;
        })).andExpect(status().isOk());
    }

    @Test
    void onlyACoordinatorSavesATemplateVersion() throws Exception {
        CurrentUser deputy = registry.deputyOf(school);

        mvc.perform(get("/documents/templates/MASTER_CERTIFICATE").with(user(deputy))).andExpect(status().isOk());
        mvc.perform(post("/documents/templates/MASTER_CERTIFICATE").param("title", "ЧУЖОЙ").with(user(deputy)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
