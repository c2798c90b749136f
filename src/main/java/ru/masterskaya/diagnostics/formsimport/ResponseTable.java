package ru.masterskaya.diagnostics.formsimport;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The answers of an export as text: the header row and the data rows, each with the row number
 * the user sees in their spreadsheet (the header is row 1 in a CSV file).
 */
public record ResponseTable(List<String> headers, List<Row> rows) {

    public ResponseTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row; cells beyond the header are never kept, missing ones read as empty. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The spreadsheet letter of a column counted from 0: A, B, …, AA. */
    public static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** «D «Я умею организовать…»»: how an error names a column. */
    public String describe(int column) {
        String header = column < headers.size() ? headers.get(column) : "";
        String shortened = header.length() > 60 ? header.substring(0, 59).strip() + "…" : header;
        return letter(column) + " «" + shortened + "»";
    }
}
