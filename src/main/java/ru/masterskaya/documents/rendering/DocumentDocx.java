package ru.masterskaya.documents.rendering;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import ru.masterskaya.documents.GradeCriterion;
import ru.masterskaya.documents.template.Signer;

/** The same certificate or statement as a DOCX, for organisations that print and sign on paper. */
public final class DocumentDocx {

    private DocumentDocx() {}

    public static byte[] render(PrintedDocument d) {
        XWPFDocument document = Docx.a4();
        if (d.logo() != null) {
            XWPFParagraph logo = document.createParagraph();
            logo.setAlignment(ParagraphAlignment.CENTER);
            Docx.picture(logo, d.logo(), "logo", 22, 22);
        }
        Docx.paragraph(document, d.issuerName().toUpperCase(java.util.Locale.ROOT), ParagraphAlignment.CENTER, 12, false);
        Docx.paragraph(document, d.title(), ParagraphAlignment.CENTER, 24, true).setColor(DocumentPdf.safeColour(d.accentColour()).substring(1));
        String number = (d.number() == null ? "проект" : "№ " + d.number()) + (d.issuedOn() == null ? "" : " от " + d.issuedOnText());
        Docx.paragraph(document, number, ParagraphAlignment.CENTER, 13, false);
        if (d.revoked()) {
            Docx.paragraph(document, "ДОКУМЕНТ АННУЛИРОВАН", ParagraphAlignment.CENTER, 14, true).setColor("BB0000");
        }
        Docx.paragraph(document, d.preamble(), ParagraphAlignment.CENTER, 14, false).setItalic(true);
        Docx.paragraph(document, d.holderFullName(), ParagraphAlignment.CENTER, 20, true);
        Docx.paragraph(document, d.body(), ParagraphAlignment.BOTH, 14, false);
        Docx.paragraph(document, "Роль: " + d.roleWord(), ParagraphAlignment.LEFT, 14, false);
        Docx.paragraph(document, "Тема: " + d.topicName(), ParagraphAlignment.LEFT, 14, false);
        Docx.paragraph(document, "Период: " + d.period(), ParagraphAlignment.LEFT, 14, false);
        if (d.product() != null) {
            Docx.paragraph(document, "Продукт: " + d.product(), ParagraphAlignment.LEFT, 14, false);
        }
        if (d.grade() != null) {
            Docx.paragraph(document, "Оценка мастера: " + d.grade(), ParagraphAlignment.LEFT, 14, false);
        }
        if (!d.criteria().isEmpty()) {
            XWPFTable table = document.createTable(d.criteria().size() + 1, 3);
            table.getRow(0).getCell(0).setText("Критерий");
            table.getRow(0).getCell(1).setText("Уровень");
            table.getRow(0).getCell(2).setText("Баллы");
            for (int i = 0; i < d.criteria().size(); i++) {
                GradeCriterion criterion = d.criteria().get(i);
                table.getRow(i + 1).getCell(0).setText(criterion.criterion());
                table.getRow(i + 1).getCell(1).setText(criterion.level());
                table.getRow(i + 1).getCell(2).setText(Integer.toString(criterion.points()));
            }
        }
        if (d.closing() != null) {
            Docx.paragraph(document, d.closing(), ParagraphAlignment.LEFT, 12, false);
        }
        for (Signer signer : d.signers()) {
            XWPFParagraph line = document.createParagraph();
            line.setSpacingBefore(360);
            Docx.run(line, signer.position() + "    ", 14, false);
            if (signer.facsimile() != null) {
                Docx.picture(line, signer.facsimile(), "facsimile", 30, 14);
            } else {
                Docx.run(line, "____________", 14, false);
            }
            Docx.run(line, " / " + signer.name() + " /", 14, false);
        }
        XWPFParagraph qr = document.createParagraph();
        qr.setAlignment(ParagraphAlignment.RIGHT);
        qr.setSpacingBefore(360);
        Docx.picture(qr, QrCodes.png(d.verificationUrl()), "qr", 32, 32);
        Docx.paragraph(document, "Проверить подлинность документа: " + d.verificationUrl(), ParagraphAlignment.RIGHT, 9, false);
        return Docx.bytes(document);
    }
}
