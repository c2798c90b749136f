package ru.masterskaya.documents.review;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import ru.masterskaya.documents.rendering.Docx;

/**
 * The book of reviews as a DOCX: the title page without a number, a contents field Word fills from
 * the outline levels of topics and masters, a page number in the footer from page 2 on.
 */
public final class BookOfReviewsDocx {

    private BookOfReviewsDocx() {}

    public static byte[] render(BookEdition book, String issuerName) {
        XWPFDocument document = Docx.a4();
        CTSectPr section = document.getDocument().getBody().getSectPr();
        section.addNewTitlePg();
        document.createFooter(HeaderFooterType.FIRST);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");

        Docx.paragraph(document, issuerName.toUpperCase(java.util.Locale.ROOT), ParagraphAlignment.CENTER, 12, false);
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(3600);
        Docx.run(title, "КНИГА ОТЗЫВОВ", 30, true).setColor("1F4E79");
        Docx.paragraph(document, "наставнических практик «мастер – практикант»", ParagraphAlignment.CENTER, 16, false);
        Docx.paragraph(document, book.year().label() + " учебный год", ParagraphAlignment.CENTER, 16, false);
        Docx.paragraph(document, book.formationName(), ParagraphAlignment.CENTER, 14, false).addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);

        Docx.paragraph(document, "Содержание", ParagraphAlignment.LEFT, 16, true);
        // the contents is a TOC field that Word refreshes with page numbers on opening; until then its
        // cached result is the plain list of topics and masters, so every reader shows something
        XWPFParagraph contents = document.createParagraph();
        CTSimpleField toc = contents.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\u \\o \"1-2\" \\h");
        for (BookEdition.Topic topic : book.topics()) {
            line(toc, topic.name());
            for (BookEdition.Master master : topic.masters()) {
                line(toc, "– " + master.name());
            }
        }
        if (book.topics().isEmpty()) {
            line(toc, "В этом издании нет отзывов: ни один автор не дал согласия на публикацию.");
        }
        document.enforceUpdateFields();

        for (BookEdition.Topic topic : book.topics()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setPageBreak(true);
            heading.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            Docx.run(heading, topic.name(), 17, true).setColor("1F4E79");
            for (BookEdition.Master master : topic.masters()) {
                XWPFParagraph masterHeading = document.createParagraph();
                masterHeading.setSpacingBefore(240);
                masterHeading.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
                Docx.run(masterHeading, "Мастер: " + master.name(), 14, true);
                for (BookEdition.Entry entry : master.entries()) {
                    String product = "Продукт: «" + entry.productTitle() + "»" + (entry.productKind().isBlank() ? "" : " (" + entry.productKind() + ")");
                    Docx.paragraph(document, product, ParagraphAlignment.LEFT, 12, false).setItalic(true);
                    XWPFParagraph text = document.createParagraph();
                    text.setAlignment(ParagraphAlignment.BOTH);
                    text.setFirstLineIndent(709);
                    Docx.run(text, entry.text(), 13, false);
                    Docx.paragraph(document, entry.author(), ParagraphAlignment.RIGHT, 12, false);
                }
            }
        }
        return Docx.bytes(document);
    }

    private static void line(CTSimpleField field, String text) {
        CTR run = field.addNewR();
        run.addNewT().setStringValue(text);
        run.addNewBr();
    }
}
