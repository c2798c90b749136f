package ru.masterskaya.documents.rendering;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** XHTML to PDF with the embedded fonts; nothing is loaded from outside the document. */
public final class PdfWriter {

    private PdfWriter() {}

    public static byte[] write(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            Fonts.register(builder, document);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
