package ru.masterskaya.documents.rendering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.VerificationLinks;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.DocumentTemplates;

/** Renders documents as they were issued: with the template version they name, or the current one for a draft. */
@Component
public class DocumentFiles {

    private final DocumentTemplates templates;
    private final VerificationLinks links;

    DocumentFiles(DocumentTemplates templates, VerificationLinks links) {
        this.templates = templates;
        this.links = links;
    }

    public byte[] pdf(Document document) {
        return DocumentPdf.render(printed(document, templateOf(document)));
    }

    public byte[] docx(Document document) {
        return DocumentDocx.render(printed(document, templateOf(document)));
    }

    /** «СМ-2025_26-0007.pdf»: the number without the slash, which no file system accepts. */
    public static String fileName(Document document, String extension) {
        String name = document.getNumber() == null ? "проект-" + document.getId() : document.getNumber();
        return name.replace('/', '_') + "." + extension;
    }

    /** One ZIP of PDFs, rendered on all cores. */
    public byte[] zip(List<Document> documents) {
        Function<Document, DocumentTemplate> template = templatesOf(documents);
        return PdfBundles.zip(documents.parallelStream()
                .map(document -> new PdfBundles.NamedFile(fileName(document, "pdf"), DocumentPdf.render(printed(document, template.apply(document)))))
                .toList());
    }

    /** The PDF of each document, in the order given, rendered on all cores. */
    public List<byte[]> pdfs(List<Document> documents) {
        Function<Document, DocumentTemplate> template = templatesOf(documents);
        return documents.parallelStream().map(document -> DocumentPdf.render(printed(document, template.apply(document)))).toList();
    }

    public byte[] merged(List<Document> documents) {
        return PdfBundles.merge(pdfs(documents));
    }

    private PrintedDocument printed(Document document, DocumentTemplate template) {
        return PrintedDocument.of(document, template, links.of(document));
    }

    private DocumentTemplate templateOf(Document document) {
        UUID templateId = document.getTemplateId();
        return templateId == null ? templates.current(document.getKind(), document.templateOwner()) : templates.version(templateId);
    }

    /** Each template version read once for a whole selection, before rendering starts on other threads. */
    private Function<Document, DocumentTemplate> templatesOf(List<Document> documents) {
        Map<Object, DocumentTemplate> byKey = new HashMap<>();
        for (Document document : documents) {
            byKey.computeIfAbsent(templateKey(document), missing -> templateOf(document));
        }
        return document -> byKey.get(templateKey(document));
    }

    /** The version a document names, or for a draft its kind and owner, whose current version it renders with. */
    private static Object templateKey(Document document) {
        return document.getTemplateId() != null ? document.getTemplateId() : List.of(document.getKind(), document.templateOwner());
    }
}
