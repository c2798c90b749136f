package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The organisations of the demo town: eighteen schools, fourteen kindergartens, five centres of
 * additional education, the methodological centre and a college, with addresses on fictional
 * streets and ten-digit ИНН whose check digit is right.
 */
final class TownPlan {

    static final String REGION = "Приреченская область";
    static final String MUNICIPALITY = "Городской округ Заречный";

    /** An organisation before its staff is drawn. */
    record PlannedOrganisation(
            String typeCode, String shortName, String fullName, String domain, String address, String inn, Staffing staffing) {}

    private record Naming(String typeCode, String shortName, String fullName, String domain, Staffing staffing) {}

    private static final List<String> KINDERGARTEN_NAMES = List.of(
            "Солнышко", "Ромашка", "Колокольчик", "Берёзка", "Теремок", "Радуга", "Золотой ключик", "Улыбка",
            "Сказка", "Ласточка", "Родничок", "Светлячок", "Журавушка", "Рябинка", "Звёздочка", "Алёнушка");

    private static final List<String> STREETS = List.of(
            "ул. Школьная", "ул. Садовая", "ул. Лесная", "ул. Набережная", "ул. Молодёжная", "ул. Берёзовая",
            "ул. Речная", "просп. Строителей", "ул. Заводская", "ул. Полевая", "ул. Рябиновая", "ул. Весенняя",
            "ул. Первомайская", "ул. Центральная", "ул. Озёрная", "ул. Сосновая", "ул. Энтузиастов",
            "ул. Зелёная", "бульвар Юности", "ул. Парковая", "ул. Солнечная", "ул. Луговая", "ул. Кленовая");

    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private TownPlan() {}

    static List<PlannedOrganisation> organisations(Random random) {
        List<Naming> namings = new ArrayList<>();
        namings.addAll(schools());
        namings.addAll(kindergartens(random));
        namings.addAll(additionalEducation());
        namings.add(new Naming("METHODICAL_CENTRE", "МКУ «Информационно-методический центр»",
                "Муниципальное казённое учреждение «Информационно-методический центр» городского округа Заречный",
                DemoTown.CENTRE_DOMAIN, StaffingTables.METHODICAL_CENTRE));
        namings.add(new Naming("COLLEGE", "ГАПОУ «Заречный политехнический колледж»",
                "Государственное автономное профессиональное образовательное учреждение Приреченской области "
                        + "«Заречный политехнический колледж»",
                "zpk", StaffingTables.COLLEGE));
        Set<String> inns = new HashSet<>();
        return namings.stream()
                .map(n -> new PlannedOrganisation(
                        n.typeCode(), n.shortName(), n.fullName(), n.domain(), address(random), inn(random, inns), n.staffing()))
                .toList();
    }

    /** A valid ИНН of a legal entity: nine digits and a check digit over them. */
    static String inn(Random random, Set<String> taken) {
        String inn;
        do {
            StringBuilder digits = new StringBuilder("9903");
            IntStream.range(0, 5).forEach(i -> digits.append(random.nextInt(10)));
            inn = digits.append(innCheckDigit(digits)).toString();
        } while (!taken.add(inn));
        return inn;
    }

    static int innCheckDigit(CharSequence nineDigits) {
        int sum = 0;
        for (int i = 0; i < INN_WEIGHTS.length; i++) {
            sum += INN_WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    private static List<Naming> schools() {
        List<Naming> schools = new ArrayList<>();
        for (int number : new int[] {1, 2, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16}) {
            schools.add(school("МБОУ", "СОШ № " + number, "Средняя общеобразовательная школа № " + number, "sch" + number));
        }
        schools.add(school("МБОУ", "СОШ № 15 с УИОП",
                "Средняя общеобразовательная школа № 15 с углублённым изучением отдельных предметов", "sch15"));
        schools.add(school("МБОУ", "ООШ № 17", "Основная общеобразовательная школа № 17", "sch17"));
        schools.add(school("МАОУ", "Гимназия № 3", "Гимназия № 3", "gym3"));
        schools.add(school("МАОУ", "Гимназия № 18", "Гимназия № 18", "gym18"));
        schools.add(school("МАОУ", "Лицей № 10", "Лицей № 10", "lyc10"));
        return schools;
    }

    private static Naming school(String form, String name, String fullName, String domain) {
        String fullForm = form.equals("МАОУ")
                ? "Муниципальное автономное общеобразовательное учреждение"
                : "Муниципальное бюджетное общеобразовательное учреждение";
        return new Naming("SCHOOL", form + " «" + name + "»", fullForm + " «" + fullName + "»", domain, StaffingTables.SCHOOL);
    }

    private static List<Naming> kindergartens(Random random) {
        List<String> names = new ArrayList<>(KINDERGARTEN_NAMES);
        Collections.shuffle(names, random);
        List<Integer> numbers = IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toList());
        Collections.shuffle(numbers, random);
        List<Integer> chosen = numbers.subList(0, 14).stream().sorted().toList();
        List<Naming> kindergartens = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String name = "Детский сад № " + chosen.get(i) + " «" + names.get(i) + "»";
            kindergartens.add(new Naming("PRESCHOOL", "МБДОУ «" + name + "»",
                    "Муниципальное бюджетное дошкольное образовательное учреждение «" + name + "»",
                    "ds" + chosen.get(i), StaffingTables.KINDERGARTEN));
        }
        return kindergartens;
    }

    private static List<Naming> additionalEducation() {
        String form = "Муниципальное бюджетное учреждение дополнительного образования";
        return List.of(
                new Naming("ADDITIONAL", "МБУ ДО «ДДТ»", form + " «Дом детского творчества»", "ddt",
                        StaffingTables.HOUSE_OF_CREATIVITY),
                new Naming("ADDITIONAL", "МБУ ДО «ДЮСШ»", form + " «Детско-юношеская спортивная школа»", "dyussh",
                        StaffingTables.SPORTS_SCHOOL),
                new Naming("ADDITIONAL", "МБУ ДО «ЦДО «Горизонт»»", form + " «Центр дополнительного образования «Горизонт»»",
                        "cdo", StaffingTables.ADDITIONAL_EDUCATION_CENTRE),
                new Naming("ADDITIONAL", "МБУ ДО «СЮТ»", form + " «Станция юных техников»", "syut",
                        StaffingTables.YOUNG_TECHNICIANS),
                new Naming("ADDITIONAL", "МБУ ДО «ДШИ»", form + " «Детская школа искусств»", "dshi",
                        StaffingTables.ARTS_SCHOOL));
    }

    private static String address(Random random) {
        String street = STREETS.get(random.nextInt(STREETS.size()));
        int house = 1 + random.nextInt(75);
        String building = random.nextInt(6) == 0 ? "а" : "";
        return "99931" + random.nextInt(10) + ", Приреченская обл., г. Заречный, " + street + ", д. " + house + building;
    }
}
