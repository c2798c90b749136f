package ru.masterskaya.registry.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.RegistryProperties;
import ru.masterskaya.registry.RegistryScope;
import ru.masterskaya.registry.importing.CategoryLabels;
import ru.masterskaya.registry.importing.ImportColumn;
import ru.masterskaya.registry.importing.ImportKind;
import ru.masterskaya.registry.importing.OrganisationColumn;
import ru.masterskaya.registry.importing.PersonColumn;
import ru.masterskaya.registry.importing.YesNo;

/**
 * Blank import files: the header row, and a second sheet «Справочник» with the values the user may
 * choose from (categories, organisation types, the organisations and municipalities in their
 * scope), which the data sheet offers as drop-down lists.
 */
@Component
public class ImportTemplates {

    private final OrganisationManagement organisations;
    private final CategoryLabels categories;
    private final RegistryProperties properties;

    ImportTemplates(OrganisationManagement organisations, CategoryLabels categories, RegistryProperties properties) {
        this.organisations = organisations;
        this.categories = categories;
        this.properties = properties;
    }

    public byte[] write(ImportKind kind, RegistryScope scope) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetLayout layout = new SheetLayout(workbook);
            switch (kind) {
                case PEOPLE -> people(workbook, layout, scope);
                case ORGANISATIONS -> organisations(workbook, layout, scope);
            }
            return layout.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void people(XSSFWorkbook workbook, SheetLayout layout, RegistryScope scope) {
        Sheet data = workbook.createSheet(PeopleExport.SHEET);
        layout.header(data, List.of(PersonColumn.values()), PeopleExport.NUMERIC);
        List<Organisation> visible = organisations.visibleTo(scope);
        Sheet reference = workbook.createSheet(SheetLayout.REFERENCE_SHEET);
        Row titles = reference.createRow(0);
        layout.header(reference, titles, 0, PersonColumn.CATEGORY.header(), PersonColumn.CATEGORY.width());
        layout.header(reference, titles, 1, PersonColumn.ORGANISATION.header(), PersonColumn.ORGANISATION.width());
        layout.header(reference, titles, 2, OrganisationColumn.MUNICIPALITY.header(), OrganisationColumn.MUNICIPALITY.width());
        List<String> labels = categories.russianLabels();
        for (int i = 0; i < labels.size(); i++) {
            row(reference, i + 1).createCell(0).setCellValue(labels.get(i));
        }
        for (int i = 0; i < visible.size(); i++) {
            Row row = row(reference, i + 1);
            row.createCell(1).setCellValue(visible.get(i).getShortName());
            row.createCell(2).setCellValue(visible.get(i).getMunicipality().getName());
        }
        reference.createFreezePane(0, 1);
        offer(data, PersonColumn.CATEGORY, referenceRange("A", labels.size()));
        if (!visible.isEmpty()) {
            offer(data, PersonColumn.ORGANISATION, referenceRange("B", visible.size()));
        }
        DataValidationHelper validations = data.getDataValidationHelper();
        offer(data, PersonColumn.ACTIVE, validations.createExplicitListConstraint(new String[] {YesNo.text(true), YesNo.text(false)}));
    }

    private void organisations(XSSFWorkbook workbook, SheetLayout layout, RegistryScope scope) {
        Sheet data = workbook.createSheet(OrganisationsExport.SHEET);
        layout.header(data, List.of(OrganisationColumn.values()), List.of());
        List<Municipality> municipalities = organisations.municipalitiesIn(scope);
        List<OrganisationType> types = organisations.activeTypes();
        Sheet reference = workbook.createSheet(SheetLayout.REFERENCE_SHEET);
        Row titles = reference.createRow(0);
        layout.header(reference, titles, 0, OrganisationColumn.MUNICIPALITY.header(), OrganisationColumn.MUNICIPALITY.width());
        layout.header(reference, titles, 1, OrganisationColumn.TYPE.header(), OrganisationColumn.TYPE.width());
        for (int i = 0; i < municipalities.size(); i++) {
            row(reference, i + 1).createCell(0).setCellValue(municipalities.get(i).getName());
        }
        for (int i = 0; i < types.size(); i++) {
            row(reference, i + 1).createCell(1).setCellValue(types.get(i).getName());
        }
        reference.createFreezePane(0, 1);
        if (!municipalities.isEmpty()) {
            offer(data, OrganisationColumn.MUNICIPALITY, referenceRange("A", municipalities.size()));
        }
        offer(data, OrganisationColumn.TYPE, referenceRange("B", types.size()));
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static String referenceRange(String column, int count) {
        return "'" + SheetLayout.REFERENCE_SHEET + "'!$" + column + "$2:$" + column + "$" + (count + 1);
    }

    private void offer(Sheet data, ImportColumn column, String range) {
        offer(data, column, data.getDataValidationHelper().createFormulaListConstraint(range));
    }

    /** A drop-down on the column's cells below the header, as many as a file may have rows. */
    private void offer(Sheet data, ImportColumn column, DataValidationConstraint values) {
        CellRangeAddressList cells = new CellRangeAddressList(1, properties.maxImportRows(), column.ordinal(), column.ordinal());
        DataValidation validation = data.getDataValidationHelper().createValidation(values, cells);
        validation.setShowErrorBox(true);
        data.addValidationData(validation);
    }
}
