package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.XlsxFixtures;

/**
 * How long the import of 10,000 people takes from the uploaded bytes to the committed transaction:
 * reading the sheet, checking every row by the form rules and against the registry, and applying
 * it. Each run is a municipal coordinator importing the staff of a fresh municipality through the
 * same service calls as the pages. Prints figures; it runs only with {@code -Pbench}.
 */
@MasterskayaIntegrationTest
class PeopleImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 5;
    private static final Locale RUSSIAN = Locale.of("ru");

    @Autowired
    RegistryImports imports;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTenThousandPeople() {
        List<Long> checks = new ArrayList<>();
        List<Long> confirmations = new ArrayList<>();
        for (int run = 1; run <= WARM_UP_RUNS + MEASURED_RUNS; run++) {
            Staff staff = staffOfANewMunicipality(run);
            UploadedFile file = new UploadedFile("people.xlsx", XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, staff.rows()));
            long peopleBefore = countPeople();

            long started = System.nanoTime();
            ImportCheck check = imports.check(ImportKind.PEOPLE, file, staff.coordinator(), RUSSIAN);
            long checked = System.nanoTime();
            assertThat(check.errors()).isEmpty();
            UUID upload = imports.keep(ImportKind.PEOPLE, file, staff.coordinator());
            long confirming = System.nanoTime();
            ImportCheck applied = imports.confirm(ImportKind.PEOPLE, upload, staff.coordinator(), RUSSIAN);
            long confirmed = System.nanoTime();

            assertThat(applied.errors()).isEmpty();
            assertThat(applied.created()).isEqualTo(ROWS);
            assertThat(countPeople()).isEqualTo(peopleBefore + ROWS);
            boolean measured = run > WARM_UP_RUNS;
            System.out.printf("%s run %d: file %,d bytes; check (read + validate) %,d ms; confirm (read + validate + apply) %,d ms%n",
                    measured ? "measured" : "warm-up", run, file.content().length, millis(checked - started), millis(confirmed - confirming));
            if (measured) {
                checks.add(checked - started);
                confirmations.add(confirmed - confirming);
            }
        }
        System.out.printf("%,d rows, %d measured runs. Check: min %,d ms, median %,d ms. Confirm: min %,d ms, median %,d ms.%n",
                ROWS, MEASURED_RUNS, millis(min(checks)), millis(median(checks)), millis(min(confirmations)), millis(median(confirmations)));
    }

    @Test
    void updatesTenThousandPeople() {
        Staff staff = staffOfANewMunicipality(50);
        UploadedFile original = new UploadedFile("people.xlsx", XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, staff.rows()));
        imports.confirm(ImportKind.PEOPLE, imports.keep(ImportKind.PEOPLE, original, staff.coordinator()), staff.coordinator(), RUSSIAN);
        List<Object[]> changed = new ArrayList<>();
        for (Object[] row : staff.rows()) {
            Object[] copy = row.clone();
            copy[4] = "+7 800 000-00-" + String.format("%02d", changed.size() % 100);
            copy[7] = copy[7] == null ? "внеурочная деятельность" : copy[7] + ", внеурочная деятельность";
            changed.add(copy);
        }
        UploadedFile file = new UploadedFile("people.xlsx", XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, changed));

        long started = System.nanoTime();
        UUID upload = imports.keep(ImportKind.PEOPLE, file, staff.coordinator());
        ImportCheck applied = imports.confirm(ImportKind.PEOPLE, upload, staff.coordinator(), RUSSIAN);
        long confirmed = System.nanoTime();

        assertThat(applied.updated()).isEqualTo(ROWS);
        System.out.printf("Update of %,d people (phone and subjects of each): confirm (read + validate + apply) %,d ms%n",
                ROWS, millis(confirmed - started));
    }

    @Test
    void aBadLastRowRejectsTheWholeFile() {
        Staff staff = staffOfANewMunicipality(100);
        List<Object[]> rows = new ArrayList<>(staff.rows());
        Object[] last = rows.getLast().clone();
        last[3] = "ivanov@";
        rows.set(rows.size() - 1, last);
        long peopleBefore = countPeople();

        ImportCheck check = imports.check(
                ImportKind.PEOPLE, new UploadedFile("people.xlsx", XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, rows)), staff.coordinator(), RUSSIAN);

        assertThat(check.errors()).containsExactly("Строка 10001, столбец «E-mail»: «ivanov@» — не адрес электронной почты");
        assertThat(countPeople()).isEqualTo(peopleBefore);
        System.out.println("A bad last row: the file is refused with one error and nothing is saved.");
    }

    @Test
    void aConflictFoundAtConfirmationSavesNothing() {
        Staff staff = staffOfANewMunicipality(101);
        UploadedFile file = new UploadedFile("people.xlsx", XlsxFixtures.table(XlsxFixtures.PEOPLE_HEADER, staff.rows()));
        UUID upload = imports.keep(ImportKind.PEOPLE, file, staff.coordinator());
        String lastEmail = (String) staff.rows().getLast()[3];
        Organisation elsewhere = registry.school(registry.municipality());
        jdbc.update("update person set email = ? where id = ?", lastEmail, registry.teacher(elsewhere, "Опередившая", "Ольга").getId());
        long peopleBefore = countPeople();

        ImportCheck check = imports.confirm(ImportKind.PEOPLE, upload, staff.coordinator(), RUSSIAN);

        assertThat(check.errors()).containsExactly("Строка 10001, столбец «E-mail»: «" + lastEmail
                + "» — этот адрес уже принадлежит человеку из организации, которая вам недоступна");
        assertThat(countPeople()).isEqualTo(peopleBefore);
        System.out.println("A conflict in the last row found at confirmation: nothing of the 10,000 rows is saved.");
    }

    private Staff staffOfANewMunicipality(int run) {
        Municipality municipality = registry.municipality();
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            organisations.add(registry.organisation(municipality, "SCHOOL", (i % 5 == 0 ? "МАОУ Гимназия № " : "МБОУ СОШ № ") + i));
        }
        for (int i = 1; i <= 25; i++) {
            organisations.add(registry.organisation(municipality, "PRESCHOOL", "МБДОУ д/с № " + i + " «" + KINDERGARTENS[i % KINDERGARTENS.length] + "»"));
        }
        organisations.add(registry.organisation(municipality, "ADDITIONAL", "МБУ ДО ЦДТ «Радуга»"));
        CurrentUser coordinator = registry.coordinatorOf(municipality, organisations.getFirst());
        return new Staff(coordinator, new StaffGenerator(new Random(run), run).rows(organisations, ROWS));
    }

    private long countPeople() {
        return jdbc.queryForObject("select count(*) from person", Long.class);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private record Staff(CurrentUser coordinator, List<Object[]> rows) {}

    private static final String[] KINDERGARTENS = {"Солнышко", "Ёлочка", "Радуга", "Колокольчик", "Берёзка", "Теремок", "Сказка", "Ромашка"};

    /** Realistic staff lists: Russian names in both genders, school and kindergarten positions, plausible years. */
    private static final class StaffGenerator {

        private static final String[][] SURNAMES = {
            {"Иванов", "Иванова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"}, {"Попов", "Попова"}, {"Васильев", "Васильева"},
            {"Петров", "Петрова"}, {"Соколов", "Соколова"}, {"Михайлов", "Михайлова"}, {"Новиков", "Новикова"}, {"Фёдоров", "Фёдорова"},
            {"Морозов", "Морозова"}, {"Волков", "Волкова"}, {"Алексеев", "Алексеева"}, {"Лебедев", "Лебедева"}, {"Семёнов", "Семёнова"},
            {"Егоров", "Егорова"}, {"Павлов", "Павлова"}, {"Козлов", "Козлова"}, {"Степанов", "Степанова"}, {"Николаев", "Николаева"},
            {"Орлов", "Орлова"}, {"Андреев", "Андреева"}, {"Макаров", "Макарова"}, {"Никитин", "Никитина"}, {"Захаров", "Захарова"},
            {"Зайцев", "Зайцева"}, {"Соловьёв", "Соловьёва"}, {"Борисов", "Борисова"}, {"Яковлев", "Яковлева"}, {"Григорьев", "Григорьева"},
            {"Романов", "Романова"}, {"Воробьёв", "Воробьёва"}, {"Сергеев", "Сергеева"}, {"Кузьмин", "Кузьмина"}, {"Фролов", "Фролова"},
            {"Александров", "Александрова"}, {"Дмитриев", "Дмитриева"}, {"Королёв", "Королёва"}, {"Гусев", "Гусева"}, {"Киселёв", "Киселёва"},
            {"Ильин", "Ильина"}, {"Максимов", "Максимова"}, {"Поляков", "Полякова"}, {"Сорокин", "Сорокина"}, {"Виноградов", "Виноградова"},
            {"Ковалёв", "Ковалёва"}, {"Белов", "Белова"}, {"Медведев", "Медведева"}, {"Антонов", "Антонова"}, {"Тарасов", "Тарасова"},
            {"Жуков", "Жукова"}, {"Баранов", "Баранова"}, {"Филиппов", "Филиппова"}, {"Комаров", "Комарова"}, {"Давыдов", "Давыдова"},
            {"Беляев", "Беляева"}, {"Герасимов", "Герасимова"}, {"Богданов", "Богданова"}, {"Осипов", "Осипова"}, {"Сидоров", "Сидорова"},
            {"Матвеев", "Матвеева"}, {"Титов", "Титова"}, {"Марков", "Маркова"}, {"Миронов", "Миронова"}, {"Крылов", "Крылова"},
            {"Куликов", "Куликова"}, {"Карпов", "Карпова"}, {"Власов", "Власова"}, {"Мельников", "Мельникова"}, {"Денисов", "Денисова"}};
        private static final String[] MEN = {"Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий", "Виктор",
            "Владимир", "Дмитрий", "Евгений", "Игорь", "Илья", "Кирилл", "Константин", "Максим", "Михаил", "Никита", "Николай", "Олег",
            "Павел", "Роман", "Сергей", "Станислав", "Юрий"};
        private static final String[] WOMEN = {"Анна", "Алёна", "Александра", "Анастасия", "Валентина", "Валерия", "Вера", "Галина",
            "Дарья", "Евгения", "Екатерина", "Елена", "Жанна", "Ирина", "Кристина", "Ксения", "Лариса", "Людмила", "Марина", "Мария",
            "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Светлана", "Софья", "Татьяна", "Юлия", "Яна"};
        private static final String[][] PATRONYMICS = {
            {"Александрович", "Александровна"}, {"Алексеевич", "Алексеевна"}, {"Андреевич", "Андреевна"}, {"Борисович", "Борисовна"},
            {"Викторович", "Викторовна"}, {"Владимирович", "Владимировна"}, {"Геннадьевич", "Геннадьевна"}, {"Дмитриевич", "Дмитриевна"},
            {"Евгеньевич", "Евгеньевна"}, {"Иванович", "Ивановна"}, {"Игоревич", "Игоревна"}, {"Михайлович", "Михайловна"},
            {"Николаевич", "Николаевна"}, {"Олегович", "Олеговна"}, {"Петрович", "Петровна"}, {"Сергеевич", "Сергеевна"},
            {"Юрьевич", "Юрьевна"}, {"Васильевич", "Васильевна"}, {"Анатольевич", "Анатольевна"}, {"Фёдорович", "Фёдоровна"}};
        private static final String[][] SCHOOL_POSITIONS = {
            {"учитель математики", "математика, алгебра, геометрия"}, {"учитель русского языка и литературы", "русский язык, литература"},
            {"учитель начальных классов", "начальное общее образование"}, {"учитель английского языка", "английский язык"},
            {"учитель истории и обществознания", "история, обществознание"}, {"учитель физики", "физика, астрономия"},
            {"учитель химии", "химия"}, {"учитель биологии", "биология"}, {"учитель географии", "география"},
            {"учитель информатики", "информатика"}, {"учитель физической культуры", "физическая культура"},
            {"учитель музыки", "музыка"}, {"учитель технологии", "труд (технология)"}, {"педагог-психолог", null},
            {"социальный педагог", null}, {"педагог-организатор", null}, {"учитель-логопед", null},
            {"заместитель директора по учебно-воспитательной работе", null}, {"советник директора по воспитанию", null}};
        private static final String[][] PRESCHOOL_POSITIONS = {
            {"воспитатель", null}, {"воспитатель", null}, {"воспитатель", null}, {"младший воспитатель", null},
            {"музыкальный руководитель", "музыка"}, {"инструктор по физической культуре", "физическая культура"},
            {"педагог-психолог", null}, {"учитель-логопед", null}, {"старший воспитатель", null}};
        private static final String[] CATEGORIES = {"Без категории", "Соответствие занимаемой должности", "Первая", "Высшая", "высшая",
            "первая", "Первая", "Высшая", "Без категории", "Педагог-наставник", "Педагог-методист", "первая"};
        private static final Map<Character, String> LATIN = latin();

        private final Random random;
        private final int run;
        private final int year = Year.now().getValue();

        StaffGenerator(Random random, int run) {
            this.random = random;
            this.run = run;
        }

        List<Object[]> rows(List<Organisation> organisations, int count) {
            List<Object[]> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Organisation organisation = organisations.get(random.nextInt(organisations.size()));
                boolean preschool = organisation.getShortName().contains("д/с");
                boolean woman = random.nextInt(100) < (preschool ? 97 : 82);
                int gender = woman ? 1 : 0;
                String lastName = pick(SURNAMES)[gender];
                String firstName = woman ? pick(WOMEN) : pick(MEN);
                String middleName = random.nextInt(100) < 97 ? pick(PATRONYMICS)[gender] : null;
                String[] position = pick(preschool ? PRESCHOOL_POSITIONS : SCHOOL_POSITIONS);
                int birthYear = year - 23 - random.nextInt(42);
                int since = Math.min(year, birthYear + 21 + random.nextInt(Math.max(1, year - birthYear - 21)));
                rows.add(new Object[] {
                    lastName, firstName, middleName, email(lastName, firstName, i), phone(), organisation.getShortName(), position[0],
                    position[1], pick(CATEGORIES), since, birthYear, random.nextInt(100) < 96 ? "да" : "нет"});
            }
            return rows;
        }

        private String email(String lastName, String firstName, int index) {
            return latin(lastName) + "." + latin(firstName.substring(0, 1)) + ".r" + run + "n" + index + "@school.example.ru";
        }

        private String phone() {
            return String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private static String latin(String cyrillic) {
            StringBuilder latin = new StringBuilder();
            for (char letter : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
                latin.append(LATIN.getOrDefault(letter, ""));
            }
            return latin.toString();
        }

        private static Map<Character, String> latin() {
            String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
            List<String> sounds = Arrays.asList("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
            java.util.HashMap<Character, String> map = new java.util.HashMap<>();
            for (int i = 0; i < letters.length(); i++) {
                map.put(letters.charAt(i), sounds.get(i));
            }
            return Map.copyOf(map);
        }
    }
}
