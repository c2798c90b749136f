package ru.masterskaya.documents.template;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.DocumentKind;

/**
 * The templates of each kind. Saving never changes a stored version: it adds the next version, which
 * new documents use from then on, while documents already issued keep the version they name.
 */
@Service
@Transactional(readOnly = true)
public class DocumentTemplates {

    private final DocumentTemplateRepository templates;
    private final Clock clock;

    DocumentTemplates(DocumentTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public DocumentTemplate current(DocumentKind kind) {
        return templates.findFirstByKindOrderByVersionNumberDesc(kind)
                .orElseThrow(() -> new IllegalStateException("No template of " + kind));
    }

    public DocumentTemplate version(UUID id) {
        return templates.findById(id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    public List<DocumentTemplate> versions(DocumentKind kind) {
        return templates.findByKindOrderByVersionNumberDesc(kind);
    }

    @Transactional
    public DocumentTemplate saveNewVersion(DocumentKind kind, TemplateParameters parameters, String by) {
        DocumentTemplate previous = current(kind);
        byte[] logo = parameters.logo() != null ? parameters.logo() : parameters.keepLogo() ? previous.getLogo() : null;
        return templates.save(new DocumentTemplate(kind, previous.getVersionNumber() + 1, parameters, logo, clock.instant(), by));
    }
}
