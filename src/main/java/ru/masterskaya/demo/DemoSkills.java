package ru.masterskaya.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import ru.masterskaya.registry.QualificationCategory;

/**
 * How well a person of the demo town masters each topic, as a share of the maximum from 0 to 1:
 * a mean per topic, so that the town's needs come out as the seeded catalogue expects (new forms
 * of methodical work and networking lead with about half of the respondents in need, talking to
 * parents trails with about one in ten), moved by the person's own
 * general level, by experience and category, and by a leading post for the managerial topics.
 */
final class DemoSkills {

    /** Mean mastery per topic number of the seeded catalogue. */
    static final Map<Integer, Double> MEANS = Map.ofEntries(
            Map.entry(201, 0.79), // Проектный хакатон как форма методической работы
            Map.entry(402, 0.83), // Сетевое сообщество педагогов
            Map.entry(601, 0.80), // SWOT-анализ как инструмент управления
            Map.entry(603, 0.91), // Организация наставничества
            Map.entry(301, 0.91), // Работа с детьми с ОВЗ
            Map.entry(101, 0.92), // Формирование функциональной грамотности
            Map.entry(102, 0.93), // Метапредметность в преподавании предмета
            Map.entry(302, 0.94), // Профилактика профессионального выгорания
            Map.entry(103, 0.96), // Критериальное оценивание
            Map.entry(203, 0.96), // Посещение и анализ урока
            Map.entry(207, 0.98), // Активные методы обучения
            Map.entry(502, 0.99), // Аттестация педагогических работников
            Map.entry(501, 1.00), // ФГОС и ФОП: требования к рабочей программе
            Map.entry(401, 1.02)); // Конструктивное общение с родителями

    private static final double PERSONAL_SPREAD = 0.08;
    private static final double TOPIC_SPREAD = 0.14;
    private static final double YOUNG_SPECIALIST = -0.16;
    private static final double LEADING_POST_ON_MANAGEMENT = 0.12;

    private DemoSkills() {}

    /** One person's mastery of every topic; the same draws from the random always give the same person. */
    static Map<UUID, Double> of(DemoPerson person, boolean young, Random random) {
        double general = random.nextGaussian() * PERSONAL_SPREAD + (young ? YOUNG_SPECIALIST : categoryShift(person.category()));
        boolean leading = isLeading(person.position());
        Map<UUID, Double> skills = new HashMap<>();
        MEANS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            double skill = entry.getValue() + general + random.nextGaussian() * TOPIC_SPREAD;
            if (leading && (entry.getKey() == 601 || entry.getKey() == 603 || entry.getKey() == 203)) {
                skill += LEADING_POST_ON_MANAGEMENT;
            }
            skills.put(DemoInstrument.topic(entry.getKey()), Math.clamp(skill, 0.0, 1.0));
        });
        return skills;
    }

    static boolean isLeading(String position) {
        return position.startsWith("заместитель") || position.startsWith("старший") || position.contains("методист");
    }

    private static double categoryShift(QualificationCategory category) {
        return switch (category) {
            case NONE, CORRESPONDENCE -> -0.04;
            case FIRST -> 0.0;
            case HIGHEST -> 0.06;
            case TEACHER_METHODOLOGIST, TEACHER_MENTOR -> 0.11;
        };
    }
}
