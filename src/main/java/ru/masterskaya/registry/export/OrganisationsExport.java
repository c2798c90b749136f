package ru.masterskaya.registry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.importing.OrganisationColumn;

/** Writes organisations to XLSX in the columns of the import template. */
@Component
public class OrganisationsExport {

    static final String SHEET = "Организации";

    private static final int ROWS_IN_MEMORY = 500;

    public byte[] write(List<Organisation> organisations) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            SheetLayout layout = new SheetLayout(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            List<OrganisationColumn> columns = List.of(OrganisationColumn.values());
            layout.header(sheet, columns, List.of());
            int rowIndex = 0;
            for (Organisation organisation : organisations) {
                Row row = sheet.createRow(++rowIndex);
                for (OrganisationColumn column : columns) {
                    layout.value(row, column.ordinal(), value(organisation, column));
                }
            }
            SheetLayout.filter(sheet, columns.size(), rowIndex);
            return layout.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static @Nullable Object value(Organisation organisation, OrganisationColumn column) {
        return switch (column) {
            case MUNICIPALITY -> organisation.getMunicipality().getName();
            case TYPE -> organisation.getType().getName();
            case SHORT_NAME -> organisation.getShortName();
            case FULL_NAME -> organisation.getFullName();
            case ADDRESS -> organisation.getAddress();
            case INN -> organisation.getInn();
        };
    }
}
