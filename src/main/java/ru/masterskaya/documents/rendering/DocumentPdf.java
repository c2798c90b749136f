package ru.masterskaya.documents.rendering;

import static ru.masterskaya.documents.rendering.Xhtml.text;

import ru.masterskaya.documents.GradeCriterion;
import ru.masterskaya.documents.template.Signer;

/**
 * A certificate or statement as an A4 PDF laid out after ГОСТ Р 7.0.97: margins 20/10/20/20 mm,
 * the issuer above the document's name, the number and date, the text, the signatures as
 * «должность ____ / И.О. Фамилия /», and the QR code of the verification page.
 */
public final class DocumentPdf {

    private DocumentPdf() {}

    public static byte[] render(PrintedDocument document) {
        return PdfWriter.write(html(document));
    }

    static String html(PrintedDocument d) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"/><title>").append(text(d.title())).append("</title><style>")
                .append("@page { size: A4; margin: 20mm 10mm 20mm 20mm; }")
                .append("body { font-family: 'PT Serif'; font-size: 14pt; line-height: 1.25; color: #000; }")
                .append(".issuer { font-family: 'PT Sans'; font-size: 12pt; text-align: center; text-transform: uppercase; margin-bottom: 4mm; }")
                .append(".logo { text-align: center; margin-bottom: 4mm; } .logo img { height: 22mm; }")
                .append(".title { font-family: 'PT Sans'; font-weight: bold; font-size: 24pt; text-align: center; letter-spacing: 1pt; margin: 4mm 0 2mm 0; color: ")
                .append(safeColour(d.accentColour())).append("; }")
                .append(".rule { border-top: 2pt solid ").append(safeColour(d.accentColour())).append("; margin: 0 30mm 4mm 30mm; }")
                .append(".number { text-align: center; font-size: 13pt; margin-bottom: 6mm; }")
                .append(".preamble { text-align: center; font-style: italic; }")
                .append(".holder { text-align: center; font-weight: bold; font-size: 20pt; margin: 3mm 0 4mm 0; }")
                .append(".body { text-align: justify; text-indent: 12.5mm; margin-bottom: 4mm; }")
                .append(".facts { margin: 2mm 0 4mm 0; } .facts td { vertical-align: top; padding: 0.5mm 2mm 0.5mm 0; } .facts td.label { width: 42mm; }")
                .append(".criteria { border-collapse: collapse; width: 100%; font-size: 12pt; margin-bottom: 4mm; }")
                .append(".criteria td, .criteria th { border: 0.5pt solid #444; padding: 1mm 2mm; text-align: left; }")
                .append(".closing { font-size: 12pt; margin-bottom: 3mm; }")
                .append(".signers { width: 100%; margin-top: 4mm; } .signers td { vertical-align: bottom; padding-bottom: 3mm; }")
                .append(".facsimile { height: 14mm; }")
                .append(".footer { width: 100%; margin-top: 4mm; } .footer td { vertical-align: bottom; }")
                .append(".qr { width: 32mm; height: 32mm; }")
                .append(".verify { font-family: 'PT Sans'; font-size: 9pt; color: #333; word-wrap: break-word; }")
                .append(".revoked { font-family: 'PT Sans'; font-weight: bold; color: #b00; text-align: center; font-size: 14pt; border: 1.5pt solid #b00; padding: 2mm; margin-bottom: 4mm; }")
                .append("</style></head><body>");
        if (d.revoked()) {
            html.append("<div class=\"revoked\">ДОКУМЕНТ АННУЛИРОВАН</div>");
        }
        if (d.logo() != null) {
            html.append("<div class=\"logo\"><img src=\"").append(Xhtml.dataUri(d.logo())).append("\" alt=\"\"/></div>");
        }
        html.append("<div class=\"issuer\">").append(text(d.issuerName())).append("</div>");
        html.append("<div class=\"title\">").append(text(d.title())).append("</div><div class=\"rule\"></div>");
        html.append("<div class=\"number\">");
        if (d.number() != null) {
            html.append("№ ").append(text(d.number()));
        } else {
            html.append("проект");
        }
        if (d.issuedOn() != null) {
            html.append(" от ").append(d.issuedOnText());
        }
        html.append("</div>");
        html.append("<div class=\"preamble\">").append(text(d.preamble())).append("</div>");
        html.append("<div class=\"holder\">").append(text(d.holderFullName())).append("</div>");
        html.append("<div class=\"body\">").append(text(d.body())).append("</div>");
        html.append("<table class=\"facts\"><tr><td class=\"label\">Роль:</td><td>").append(text(d.roleWord())).append("</td></tr>");
        html.append("<tr><td class=\"label\">Тема:</td><td>").append(text(d.topicName())).append("</td></tr>");
        html.append("<tr><td class=\"label\">Период:</td><td>").append(text(d.period())).append("</td></tr>");
        if (d.product() != null) {
            html.append("<tr><td class=\"label\">Продукт:</td><td>").append(text(d.product())).append("</td></tr>");
        }
        if (d.grade() != null) {
            html.append("<tr><td class=\"label\">Оценка мастера:</td><td>").append(text(d.grade())).append("</td></tr>");
        }
        html.append("</table>");
        if (!d.criteria().isEmpty()) {
            html.append("<table class=\"criteria\"><tr><th>Критерий</th><th>Уровень</th><th>Баллы</th></tr>");
            for (GradeCriterion criterion : d.criteria()) {
                html.append("<tr><td class=\"label\">").append(text(criterion.criterion())).append("</td><td>").append(text(criterion.level()))
                        .append("</td><td>").append(criterion.points()).append("</td></tr>");
            }
            html.append("</table>");
        }
        if (d.closing() != null) {
            html.append("<div class=\"closing\">").append(text(d.closing())).append("</div>");
        }
        html.append("<table class=\"signers\">");
        for (Signer signer : d.signers()) {
            html.append("<tr><td style=\"width: 45%\">").append(text(signer.position())).append("</td><td style=\"width: 25%; text-align: center\">");
            if (signer.facsimile() != null) {
                html.append("<img class=\"facsimile\" src=\"").append(Xhtml.dataUri(signer.facsimile())).append("\" alt=\"\"/>");
            } else {
                html.append("____________");
            }
            html.append("</td><td>/ ").append(text(signer.name())).append(" /</td></tr>");
        }
        html.append("</table>");
        html.append("<table class=\"footer\"><tr><td><div class=\"verify\">Проверить подлинность документа:<br/>")
                .append(text(d.verificationUrl())).append("</div></td><td style=\"width: 34mm; text-align: right\"><img class=\"qr\" src=\"")
                .append(Xhtml.dataUri(QrCodes.png(d.verificationUrl()))).append("\" alt=\"QR\"/></td></tr></table>");
        html.append("</body></html>");
        return html.toString();
    }

    /** Only a «#RRGGBB» colour goes into the style sheet; anything else falls back to the default blue. */
    static String safeColour(String colour) {
        return colour.matches("#[0-9A-Fa-f]{6}") ? colour : "#1F4E79";
    }
}
