package ru.masterskaya.demo;

import java.util.List;
import java.util.Random;

/**
 * Фамилия, имя and отчество that agree with the person's gender, with first names as popular in
 * the decade of birth and patronymics from the names of the fathers' generation.
 */
final class RussianNames {

    private static final List<String> SURNAMES = List.of(
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
            "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
            "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
            "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
            "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов",
            "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
            "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников",
            "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев",
            "Фомин", "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин",
            "Исаев", "Чернышёв", "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов",
            "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв",
            "Овчинников", "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов",
            "Никифоров", "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев",
            "Панов", "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов",
            "Ерёмин", "Тихомиров", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров",
            "Симонов", "Прокофьев", "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронцов",
            "Зуев", "Рыбаков", "Суворов", "Блинов", "Лавров", "Кудряшов", "Меркулов", "Субботин", "Шубин",
            "Островский", "Покровский", "Вознесенский", "Успенский", "Рождественский", "Каменский",
            "Полянский", "Заболоцкий", "Троицкий", "Высоцкий", "Толстой", "Крутой", "Беспалый",
            "Шевченко", "Кравченко", "Бондаренко", "Ткаченко", "Коваленко", "Черных", "Седых", "Долгих");

    private static final List<String> WOMEN_BORN_LONG_AGO = List.of(
            "Галина", "Людмила", "Надежда", "Валентина", "Любовь", "Тамара", "Нина", "Ольга", "Татьяна",
            "Наталья", "Елена", "Ирина", "Светлана", "Лариса", "Вера", "Зинаида", "Раиса", "Александра");

    private static final List<String> WOMEN_MIDDLE_AGED = List.of(
            "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина", "Юлия", "Оксана", "Анна",
            "Екатерина", "Инна", "Жанна", "Евгения", "Наталья", "Елена", "Ольга", "Виктория", "Мария", "Алла");

    private static final List<String> WOMEN_YOUNG = List.of(
            "Анастасия", "Екатерина", "Дарья", "Анна", "Мария", "Ксения", "Алина", "Полина", "Юлия",
            "Виктория", "Кристина", "Елизавета", "Валерия", "Александра", "Ольга", "Светлана", "Алёна",
            "Софья", "Татьяна", "Яна");

    private static final List<String> MEN_BORN_LONG_AGO = List.of(
            "Александр", "Сергей", "Владимир", "Николай", "Виктор", "Юрий", "Анатолий", "Валерий", "Геннадий",
            "Михаил", "Василий", "Борис", "Евгений", "Игорь", "Леонид");

    private static final List<String> MEN_MIDDLE_AGED = List.of(
            "Андрей", "Дмитрий", "Алексей", "Игорь", "Олег", "Евгений", "Павел", "Роман", "Денис", "Максим",
            "Сергей", "Александр", "Вадим", "Константин", "Владислав");

    private static final List<String> MEN_YOUNG = List.of(
            "Артём", "Кирилл", "Никита", "Илья", "Иван", "Даниил", "Егор", "Максим", "Александр", "Дмитрий",
            "Михаил", "Антон", "Глеб", "Матвей", "Тимофей");

    /** Отчества of people born before about 1975, from the names of the fathers' generation. */
    private static final List<String> PATRONYMICS_LONG_AGO = List.of(
            "Иванович", "Николаевич", "Васильевич", "Петрович", "Михайлович", "Александрович", "Алексеевич",
            "Фёдорович", "Григорьевич", "Степанович", "Павлович", "Владимирович", "Викторович",
            "Анатольевич", "Борисович", "Яковлевич", "Леонидович", "Ильич", "Семёнович", "Дмитриевич");

    private static final List<String> PATRONYMICS_RECENT = List.of(
            "Александрович", "Сергеевич", "Андреевич", "Владимирович", "Игоревич", "Олегович", "Юрьевич",
            "Викторович", "Николаевич", "Евгеньевич", "Дмитриевич", "Алексеевич", "Валерьевич",
            "Геннадьевич", "Михайлович", "Анатольевич", "Вячеславович", "Константинович", "Никитич",
            "Витальевич");

    private RussianNames() {}

    static String surname(Gender gender, Random random) {
        String masculine = pick(SURNAMES, random);
        return gender == Gender.FEMALE ? feminineSurname(masculine) : masculine;
    }

    static String firstName(Gender gender, int age, Random random) {
        if (gender == Gender.FEMALE) {
            return pick(age >= 55 ? WOMEN_BORN_LONG_AGO : age >= 40 ? WOMEN_MIDDLE_AGED : WOMEN_YOUNG, random);
        }
        return pick(age >= 55 ? MEN_BORN_LONG_AGO : age >= 40 ? MEN_MIDDLE_AGED : MEN_YOUNG, random);
    }

    static String patronymic(Gender gender, int age, Random random) {
        String masculine = pick(age >= 50 ? PATRONYMICS_LONG_AGO : PATRONYMICS_RECENT, random);
        return gender == Gender.FEMALE ? femininePatronymic(masculine) : masculine;
    }

    /** Иванов → Иванова, Островский → Островская, Толстой → Толстая; Шевченко and Черных stay. */
    static String feminineSurname(String masculine) {
        if (masculine.endsWith("ский") || masculine.endsWith("цкий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (masculine.endsWith("ой") || masculine.endsWith("ый")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (masculine.matches(".*(ов|ев|ёв|ин|ын)")) {
            return masculine + "а";
        }
        return masculine;
    }

    /** Иванович → Ивановна, Сергеевич → Сергеевна, Ильич → Ильинична, Никитич → Никитична. */
    static String femininePatronymic(String masculine) {
        return switch (masculine) {
            case "Ильич" -> "Ильинична";
            case "Никитич" -> "Никитична";
            default -> masculine.substring(0, masculine.length() - 3) + "вна";
        };
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }
}
