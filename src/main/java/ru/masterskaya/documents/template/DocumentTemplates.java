package ru.masterskaya.documents.template;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.DocumentKind;

/**
 * The templates of each kind, per owner ({@link TemplateOwner}). Saving never changes a stored
 * version: it adds the next version of the owner's own chain, which new documents of that territory
 * use from then on, while documents already issued keep the version they name.
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

    /** The version the owner's new documents use: their own latest, or the one they fall back on. */
    public DocumentTemplate current(DocumentKind kind, TemplateOwner owner) {
        for (String key : owner.lookup()) {
            Optional<DocumentTemplate> latest = templates.findFirstByKindAndOwnerKeyOrderByVersionNumberDesc(kind, key);
            if (latest.isPresent()) {
                return latest.get();
            }
        }
        throw new IllegalStateException("No template of " + kind);
    }

    /** Whether the version is of the owner's own chain rather than one they fall back on. */
    public static boolean isOwn(DocumentTemplate template, TemplateOwner owner) {
        return template.getOwnerKey().equals(owner.key());
    }

    public DocumentTemplate version(UUID id) {
        return templates.findById(id).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    /** Every version of the chain the given version belongs to, newest first. */
    public List<DocumentTemplate> versionsOfChain(DocumentTemplate template) {
        return templates.findByKindAndOwnerKeyOrderByVersionNumberDesc(template.getKind(), template.getOwnerKey());
    }

    /**
     * The next version of the owner's own chain, starting it at 1 if the owner had none; a logo kept
     * from the form is the one of the version the owner used until now.
     */
    @Transactional
    public DocumentTemplate saveNewVersion(DocumentKind kind, TemplateOwner owner, TemplateParameters parameters, String by) {
        DocumentTemplate previous = current(kind, owner);
        int next = isOwn(previous, owner) ? previous.getVersionNumber() + 1 : 1;
        byte[] logo = parameters.logo() != null ? parameters.logo() : parameters.keepLogo() ? previous.getLogo() : null;
        return templates.save(new DocumentTemplate(kind, owner.key(), next, parameters, logo, clock.instant(), by));
    }
}
