package ru.masterskaya.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.documents.template.Signer;
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.documents.template.TemplateParameters;
import ru.masterskaya.registry.Municipality;

/**
 * The demo town's own templates of the certificate and the statement: its methodological centre
 * (by its full name) as the issuer and its two signers, on the shared texts. The participant's certificate stays shared.
 */
@Component
class DemoDocumentTemplates {

    private static final List<Signer> SIGNERS = List.of(
            new Signer("Директор МКУ «Информационно-методический центр»", "О.В. Соколова", null),
            new Signer("Руководитель муниципальной методической службы", "Т.Н. Белова", null));

    private final DocumentTemplates templates;

    DemoDocumentTemplates(DocumentTemplates templates) {
        this.templates = templates;
    }

    void load(Municipality municipality, String issuer) {
        TemplateOwner town = TemplateOwner.municipality(municipality.getId(), municipality.getRegion().getId());
        for (DocumentKind kind : List.of(DocumentKind.MASTER_CERTIFICATE, DocumentKind.PRACTITIONER_STATEMENT)) {
            DocumentTemplate shared = templates.current(kind, town);
            templates.saveNewVersion(kind, town, new TemplateParameters(shared.getTitle(), issuer, shared.getPreamble(), shared.getBody(),
                    shared.getClosing(), "#1F4E79", null, false, SIGNERS), "demo");
        }
    }
}
