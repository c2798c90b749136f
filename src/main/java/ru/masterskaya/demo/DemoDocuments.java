package ru.masterskaya.demo;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentFilter;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.DocumentRegister;
import ru.masterskaya.documents.DocumentStatus;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.documents.template.Signer;
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.documents.template.TemplateParameters;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.RegistryScope;

/**
 * The demo town's documents: its own templates of the certificate and the statement (its
 * methodological centre, by its full name, as the issuer and its two signers, on the shared texts;
 * the participant's certificate stays shared), and the documents of the earliest completed practice
 * issued by the demo coordinator, so the register holds numbered documents beside the drafts of the others.
 */
@Component
class DemoDocuments {

    private static final List<Signer> SIGNERS = List.of(
            new Signer("Директор МКУ «Информационно-методический центр»", "О.В. Соколова", null),
            new Signer("Руководитель муниципальной методической службы", "Т.Н. Белова", null));

    private final DocumentTemplates templates;
    private final DocumentRegister register;

    DemoDocuments(DocumentTemplates templates, DocumentRegister register) {
        this.templates = templates;
        this.register = register;
    }

    void loadTemplates(Municipality municipality, String issuer) {
        TemplateOwner town = TemplateOwner.municipality(municipality.getId(), municipality.getRegion().getId());
        for (DocumentKind kind : List.of(DocumentKind.MASTER_CERTIFICATE, DocumentKind.PRACTITIONER_STATEMENT)) {
            DocumentTemplate shared = templates.current(kind, town);
            templates.saveNewVersion(kind, town, new TemplateParameters(shared.getTitle(), issuer, shared.getPreamble(), shared.getBody(),
                    shared.getClosing(), "#1F4E79", null, false, SIGNERS), DemoAccount.COORDINATOR.email());
        }
    }

    /** Issues both documents of the practice completed first in the year; returns how many were issued. */
    int issueEarliest(AcademicYear year) {
        List<Document> drafts = register.list(new DocumentFilter(year, null, DocumentStatus.DRAFT, null, null), RegistryScope.EVERYTHING);
        return drafts.stream().min(Comparator.comparing(Document::getCompletedOn)).map(earliest -> register.issueAll(drafts.stream()
                .filter(draft -> earliest.getPairId() != null && earliest.getPairId().equals(draft.getPairId())).map(Document::getId).toList(),
                RegistryScope.EVERYTHING, DemoAccount.COORDINATOR.email()).size()).orElse(0);
    }
}
