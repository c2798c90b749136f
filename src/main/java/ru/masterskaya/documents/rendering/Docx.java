package ru.masterskaya.documents.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The shared setup of our DOCX files: A4, ГОСТ Р 7.0.97 margins, PT Serif 14 pt; and a few paragraph helpers. */
public final class Docx {

    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private Docx() {}

    public static XWPFDocument a4() {
        XWPFDocument document = new XWPFDocument();
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(10L * TWIPS_PER_MM));
        return document;
    }

    public static XWPFRun paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, int size, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return run(paragraph, text, size, bold);
    }

    public static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("PT Serif");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    static void picture(XWPFParagraph paragraph, byte[] image, String name, int widthMm, int heightMm) {
        try {
            boolean jpeg = image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
            paragraph.createRun().addPicture(new ByteArrayInputStream(image), jpeg ? Document.PICTURE_TYPE_JPEG : Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(widthMm * 72.0 / 25.4), Units.toEMU(heightMm * 72.0 / 25.4));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot place the picture " + name, e);
        }
    }

    public static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
