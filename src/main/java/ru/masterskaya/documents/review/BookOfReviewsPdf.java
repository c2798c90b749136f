package ru.masterskaya.documents.review;

import static ru.masterskaya.documents.rendering.Xhtml.text;

import ru.masterskaya.documents.rendering.PdfWriter;

/**
 * The book of reviews as an A4 PDF: a title page without a number, the contents with the page of
 * each topic and master, then the reviews, a topic per page; pages are numbered from page 2.
 */
public final class BookOfReviewsPdf {

    private BookOfReviewsPdf() {}

    public static byte[] render(BookEdition book, String issuerName) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"/><title>Книга отзывов</title><style>")
                .append("@page { size: A4; margin: 20mm 10mm 20mm 20mm; @bottom-center { content: counter(page); font-family: 'PT Serif'; font-size: 11pt; } }")
                .append("@page :first { @bottom-center { content: none; } }")
                .append("body { font-family: 'PT Serif'; font-size: 13pt; line-height: 1.35; }")
                .append(".cover { text-align: center; page-break-after: always; padding-top: 60mm; }")
                .append(".cover .issuer { font-family: 'PT Sans'; text-transform: uppercase; font-size: 12pt; margin-bottom: 30mm; }")
                .append(".cover h1 { font-family: 'PT Sans'; font-size: 30pt; margin: 0 0 6mm 0; color: #1F4E79; }")
                .append(".cover .year { font-size: 16pt; } .cover .formation { font-size: 14pt; margin-top: 4mm; }")
                .append(".contents { page-break-after: always; } .contents h2 { font-family: 'PT Sans'; }")
                .append(".contents .entry { margin: 1mm 0; } .contents .entry.master { margin-left: 8mm; font-size: 12pt; }")
                .append(".contents a { color: #000; text-decoration: none; }")
                .append(".contents a::after { content: leader('.') target-counter(attr(href), page); }")
                .append("h2.topic { font-family: 'PT Sans'; font-size: 17pt; color: #1F4E79; page-break-before: always; margin-top: 0; }")
                .append("h3.master { font-family: 'PT Sans'; font-size: 14pt; margin: 6mm 0 2mm 0; }")
                .append(".review { margin: 0 0 5mm 0; page-break-inside: avoid; }")
                .append(".review .product { font-style: italic; font-size: 12pt; } .review .author { text-align: right; font-size: 12pt; }")
                .append(".review .text { text-align: justify; text-indent: 12.5mm; }")
                .append("</style></head><body>");
        html.append("<div class=\"cover\"><div class=\"issuer\">").append(text(issuerName)).append("</div><h1>КНИГА ОТЗЫВОВ</h1>")
                .append("<div class=\"year\">наставнических практик «мастер – практикант»<br/>").append(text(book.year().label()))
                .append(" учебный год</div><div class=\"formation\">").append(text(book.formationName())).append("</div></div>");
        html.append("<div class=\"contents\"><h2>Содержание</h2>");
        int topicIndex = 0;
        for (BookEdition.Topic topic : book.topics()) {
            topicIndex++;
            html.append("<div class=\"entry\"><a href=\"#t").append(topicIndex).append("\">").append(text(topic.name())).append("</a></div>");
            int masterIndex = 0;
            for (BookEdition.Master master : topic.masters()) {
                masterIndex++;
                html.append("<div class=\"entry master\"><a href=\"#t").append(topicIndex).append("m").append(masterIndex).append("\">")
                        .append(text(master.name())).append("</a></div>");
            }
        }
        if (book.topics().isEmpty()) {
            html.append("<p>В этом издании нет отзывов: ни один автор не дал согласия на публикацию.</p>");
        }
        html.append("</div>");
        topicIndex = 0;
        for (BookEdition.Topic topic : book.topics()) {
            topicIndex++;
            html.append("<h2 class=\"topic\" id=\"t").append(topicIndex).append("\">").append(text(topic.name())).append("</h2>");
            int masterIndex = 0;
            for (BookEdition.Master master : topic.masters()) {
                masterIndex++;
                html.append("<h3 class=\"master\" id=\"t").append(topicIndex).append("m").append(masterIndex).append("\">Мастер: ")
                        .append(text(master.name())).append("</h3>");
                for (BookEdition.Entry entry : master.entries()) {
                    html.append("<div class=\"review\"><div class=\"product\">Продукт: «").append(text(entry.productTitle())).append("»");
                    if (!entry.productKind().isBlank()) {
                        html.append(" (").append(text(entry.productKind())).append(")");
                    }
                    html.append("</div><div class=\"text\">").append(text(entry.text())).append("</div><div class=\"author\">")
                            .append(text(entry.author())).append("</div></div>");
                }
            }
        }
        html.append("</body></html>");
        return PdfWriter.write(html.toString());
    }
}
