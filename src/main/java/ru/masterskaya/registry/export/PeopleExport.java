package ru.masterskaya.registry.export;

import static ru.masterskaya.registry.importing.PersonColumn.BIRTH_YEAR;
import static ru.masterskaya.registry.importing.PersonColumn.EXPERIENCE_SINCE_YEAR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.importing.CategoryLabels;
import ru.masterskaya.registry.importing.PersonColumn;
import ru.masterskaya.registry.importing.YesNo;

/** Writes people to XLSX in the columns of the import template, so the file can be edited and imported back. */
@Component
public class PeopleExport {

    static final String SHEET = "Люди";
    static final List<PersonColumn> NUMERIC = List.of(EXPERIENCE_SINCE_YEAR, BIRTH_YEAR);

    /** Rows kept in memory while writing; the rest go to a temporary file. */
    private static final int ROWS_IN_MEMORY = 500;

    private final CategoryLabels categories;

    PeopleExport(CategoryLabels categories) {
        this.categories = categories;
    }

    public byte[] write(List<Person> people) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook) {
            SheetLayout layout = new SheetLayout(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            List<PersonColumn> columns = List.of(PersonColumn.values());
            layout.header(sheet, columns, NUMERIC);
            int rowIndex = 0;
            for (Person person : people) {
                Row row = sheet.createRow(++rowIndex);
                for (PersonColumn column : columns) {
                    layout.value(row, column.ordinal(), value(person, column));
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

    private @Nullable Object value(Person person, PersonColumn column) {
        return switch (column) {
            case LAST_NAME -> person.getLastName();
            case FIRST_NAME -> person.getFirstName();
            case MIDDLE_NAME -> person.getMiddleName();
            case EMAIL -> person.getEmail();
            case PHONE -> person.getPhone();
            case ORGANISATION -> person.getOrganisation().getShortName();
            case POSITION -> person.getPosition();
            case SUBJECTS -> person.getSubjects();
            case CATEGORY -> categories.russian(person.getCategory());
            case EXPERIENCE_SINCE_YEAR -> person.getExperienceSinceYear();
            case BIRTH_YEAR -> person.getBirthYear();
            case ACTIVE -> YesNo.text(person.isActive());
        };
    }
}
