package ru.masterskaya.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import ru.masterskaya.BrowserSession;
import ru.masterskaya.MasterskayaBrowserTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

/**
 * The coordinator's main registry journey in a real browser: a file with mistakes is refused as a
 * whole with every mistake named by row and column, the corrected file is previewed and imported,
 * and the list with the new people is exported and read back.
 */
@MasterskayaBrowserTest
class PeopleImportJourneyBrowserIntegrationTest {

    static final String PASSWORD = "secret-password";

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PersonRepository people;

    @TempDir
    Path files;

    Organisation school;
    CurrentUser coordinator;

    @BeforeEach
    void aMunicipalityWithOneSchool() {
        Municipality municipality = registry.municipality();
        school = registry.school(municipality);
        coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
    }

    @Test
    void coordinatorFixesAFileWithThreeMistakesImportsItAndExportsTheList(BrowserSession browser) throws IOException {
        String tag = String.valueOf(RegistryFixtures.unique());
        Page page = browser.logInAs(coordinator.getUsername(), PASSWORD);
        page.locator("#nav-registry").click();
        page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Люди")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Импорт из XLSX")).click();

        upload(page, file("with-mistakes.xlsx", rows(tag, "ivanov@", "", "вторая")));

        Locator errors = page.locator("#import-errors li");
        assertThat(errors).hasCount(3);
        assertThat(errors.nth(0)).hasText("Строка 3, столбец «E-mail»: «ivanov@» — не адрес электронной почты");
        assertThat(errors.nth(1)).containsText("Строка 4, столбец «Фамилия»: не заполнено");
        assertThat(errors.nth(2)).containsText("Строка 6, столбец «Квалификационная категория»: «вторая»");
        assertThat(page.locator("#import-errors")).containsText("Ничего не сохранено");
        assertThat(people.countByOrganisationId(school.getId())).as("nothing saved").isZero();

        upload(page, file("corrected.xlsx", rows(tag, "ivanova" + tag + "@school.example", "Петрова", "первая")));

        assertThat(page.locator("#import-created")).hasText("Будет добавлено: 5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выполнить импорт")).click();

        assertThat(page.locator(".alert-success")).hasText("Импорт выполнен: добавлено 5, обновлено 0");
        assertThat(people.countByOrganisationId(school.getId())).isEqualTo(5);
        page.navigate(browser.url("/people?organisation=" + school.getId()));
        assertThat(page.locator("#people-count")).hasText("Найдено: 5");
        assertThat(page.locator("#people-table")).containsText("Петрова" + letters(tag) + " Анна Сергеевна");

        Download download = page.waitForDownload(() -> page.locator("#people-export").click());
        Path exported = files.resolve("exported.xlsx");
        download.saveAs(exported);

        try (XSSFWorkbook workbook = XlsxFixtures.read(Files.readAllBytes(exported))) {
            List<String> emails = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    emails.add(row.getCell(3).getStringCellValue());
                }
            }
            assertThat(emails).hasSize(5).contains("ivanova" + tag + "@school.example", "kuznetsova" + tag + "@school.example");
        }
        assertThat(browser.consoleErrors())
                .as("only the refused upload, answered 422 as a rejected command should be")
                .singleElement().asString().contains("status of 422", "/people/import");
    }

    /** Five teachers of the school; the second, third and fifth rows take the values under test. */
    private List<Object[]> rows(String tag, String secondEmail, String thirdLastName, String fifthCategory) {
        String name = school.getShortName();
        String suffix = letters(tag);
        return List.of(
                new Object[] {"Кузнецова" + suffix, "Ольга", "Игоревна", "kuznetsova" + tag + "@school.example", "", name, "учитель математики", "математика", "высшая", 2001, 1978, "да"},
                new Object[] {"Иванова" + suffix, "Мария", "Андреевна", secondEmail, "", name, "учитель русского языка", "", "первая", 2010, 1986, "да"},
                new Object[] {thirdLastName.isEmpty() ? "" : thirdLastName + suffix, "Анна", "Сергеевна", "petrova" + tag + "@school.example", "", name, "учитель истории", "", "без категории", 2023, 1999, "да"},
                new Object[] {"Смирнов" + suffix, "Павел", "", "smirnov" + tag + "@school.example", "", name, "учитель физики", "", "первая", 2015, 1990, "да"},
                new Object[] {"Орлова" + suffix, "Елена", "Викторовна", "orlova" + tag + "@school.example", "", name, "педагог-психолог", "", fifthCategory, 2012, 1988, "да"});
    }

    /** Digits of a tag written as Russian letters, so that names stay valid and unique. */
    private static String letters(String tag) {
        StringBuilder word = new StringBuilder();
        tag.chars().forEach(digit -> word.append((char) ('а' + (digit - '0'))));
        return word.toString();
    }

    private Path file(String name, List<Object[]> rows) throws IOException {
        return Files.write(files.resolve(name), XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, rows));
    }

    private static void upload(Page page, Path file) {
        page.locator("#file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл")).click();
    }
}
