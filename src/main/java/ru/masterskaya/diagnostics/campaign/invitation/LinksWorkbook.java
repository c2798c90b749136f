package ru.masterskaya.diagnostics.campaign.invitation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The personal links as a workbook, for schools that print them and hand them out. */
@Component
public class LinksWorkbook {

    private static final String[] HEADERS = {"links.organisation", "links.name", "links.position", "links.email", "links.link", "links.status"};
    private static final int[] WIDTHS = {30, 36, 24, 30, 70, 14};

    private final MessageSource messages;

    LinksWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] of(String campaignTitle, List<InviteeRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("links.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.length; column++) {
                header.createCell(column).setCellValue(text(HEADERS[column]));
                header.getCell(column).setCellStyle(bold);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            int index = 1;
            for (InviteeRow row : rows) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(row.organisationName());
                line.createCell(1).setCellValue(row.name());
                line.createCell(2).setCellValue(row.position());
                line.createCell(3).setCellValue(row.email());
                line.createCell(4).setCellValue(row.revoked() ? text("links.revoked") : row.link());
                line.createCell(5).setCellValue(text(row.status().messageKey()));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, index - 1), 0, HEADERS.length - 1));
            workbook.getProperties().getCoreProperties().setTitle(campaignTitle);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, InviteeSelection.RUSSIAN);
    }
}
