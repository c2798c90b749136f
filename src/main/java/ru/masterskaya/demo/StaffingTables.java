package ru.masterskaya.demo;

import static ru.masterskaya.demo.Post.leading;
import static ru.masterskaya.demo.Post.staff;
import static ru.masterskaya.demo.Post.teaching;

/**
 * Typical staffing tables of a town's educational organisations, with the share of women on each
 * post as it is in Russian schools and kindergartens (most teachers are women, most coaches men).
 */
final class StaffingTables {

    static final Staffing SCHOOL = new Staffing(17, 25)
            .always(leading("директор", 0.7))
            .always(leading("заместитель директора по УВР", 0.9))
            .always(leading("заместитель директора по методической работе", 0.95))
            .sometimes(leading("заместитель директора по ВР", 0.9), 0.6)
            .always(staff("педагог-психолог", 0.95))
            .sometimes(staff("социальный педагог", 0.95), 0.8)
            .sometimes(staff("учитель-логопед", 1), 0.5)
            .sometimes(staff("педагог-организатор", 0.85), 0.5)
            .sometimes(staff("советник директора по воспитанию", 0.8), 0.5)
            .sometimes(staff("педагог-библиотекарь", 1), 0.3)
            .common(teaching("учитель начальных классов",
                    "русский язык, литературное чтение, математика, окружающий мир", 0.98), 24)
            .common(teaching("учитель русского языка и литературы", "русский язык, литература", 0.97), 14)
            .common(teaching("учитель математики", "математика", 0.88), 13)
            .common(teaching("учитель английского языка", "английский язык", 0.95), 9)
            .common(teaching("учитель немецкого языка", "немецкий язык", 0.95), 1)
            .common(teaching("учитель истории", "история, обществознание", 0.75), 6)
            .common(teaching("учитель физики", "физика", 0.65), 3)
            .common(teaching("учитель химии", "химия", 0.85), 2)
            .common(teaching("учитель биологии", "биология", 0.9), 3)
            .common(teaching("учитель географии", "география", 0.8), 2)
            .common(teaching("учитель информатики", "информатика", 0.55), 3)
            .common(teaching("учитель физической культуры", "физическая культура", 0.45), 5)
            .common(teaching("учитель музыки", "музыка", 0.9), 1.5)
            .common(teaching("учитель изобразительного искусства", "изобразительное искусство", 0.9), 1.5)
            .common(teaching("учитель труда (технологии)", "труд (технология)", 0.5), 2.5)
            .common(teaching("учитель ОБЗР", "основы безопасности и защиты Родины", 0.3), 1.5);

    static final Staffing KINDERGARTEN = new Staffing(8, 12)
            .always(leading("заведующий", 0.98))
            .always(leading("старший воспитатель", 1))
            .always(staff("музыкальный руководитель", 0.97))
            .sometimes(staff("инструктор по физической культуре", 0.8), 0.7)
            .sometimes(staff("учитель-логопед", 1), 0.6)
            .sometimes(staff("педагог-психолог", 0.98), 0.5)
            .common(staff("воспитатель", 0.99), 1);

    static final Staffing HOUSE_OF_CREATIVITY = new Staffing(10, 13)
            .always(leading("директор", 0.8))
            .always(staff("методист", 0.95))
            .always(staff("педагог-организатор", 0.85))
            .common(teaching("педагог дополнительного образования", "хореография", 0.9), 2)
            .common(teaching("педагог дополнительного образования", "вокальное искусство", 0.9), 2)
            .common(teaching("педагог дополнительного образования", "декоративно-прикладное творчество", 0.95), 3)
            .common(teaching("педагог дополнительного образования", "изобразительное искусство", 0.85), 2)
            .common(teaching("педагог дополнительного образования", "театральная студия", 0.8), 1)
            .common(teaching("педагог дополнительного образования", "шахматы", 0.4), 1)
            .common(teaching("педагог дополнительного образования", "журналистика и медиа", 0.8), 1);

    static final Staffing SPORTS_SCHOOL = new Staffing(10, 13)
            .always(leading("директор", 0.35))
            .always(leading("заместитель директора по спортивной работе", 0.4))
            .always(staff("инструктор-методист", 0.6))
            .common(teaching("тренер-преподаватель", "футбол", 0.1), 3)
            .common(teaching("тренер-преподаватель", "волейбол", 0.5), 2)
            .common(teaching("тренер-преподаватель", "баскетбол", 0.35), 1)
            .common(teaching("тренер-преподаватель", "лыжные гонки", 0.5), 2)
            .common(teaching("тренер-преподаватель", "лёгкая атлетика", 0.5), 2)
            .common(teaching("тренер-преподаватель", "плавание", 0.6), 1)
            .common(teaching("тренер-преподаватель", "дзюдо", 0.15), 1)
            .common(teaching("тренер-преподаватель", "художественная гимнастика", 1), 1);

    static final Staffing ADDITIONAL_EDUCATION_CENTRE = new Staffing(10, 13)
            .always(leading("директор", 0.75))
            .always(staff("методист", 0.9))
            .always(staff("педагог-организатор", 0.85))
            .common(teaching("педагог дополнительного образования", "туризм и краеведение", 0.5), 2)
            .common(teaching("педагог дополнительного образования", "экология", 0.85), 2)
            .common(teaching("педагог дополнительного образования", "программирование", 0.35), 2)
            .common(teaching("педагог дополнительного образования", "робототехника", 0.35), 2)
            .common(teaching("педагог дополнительного образования", "английский язык", 0.95), 1)
            .common(teaching("педагог дополнительного образования", "медиастудия", 0.7), 1);

    static final Staffing YOUNG_TECHNICIANS = new Staffing(9, 12)
            .always(leading("директор", 0.4))
            .always(staff("методист", 0.85))
            .common(teaching("педагог дополнительного образования", "начальное техническое моделирование", 0.85), 2)
            .common(teaching("педагог дополнительного образования", "авиамоделирование", 0.1), 1)
            .common(teaching("педагог дополнительного образования", "судомоделирование", 0.1), 1)
            .common(teaching("педагог дополнительного образования", "робототехника", 0.35), 2)
            .common(teaching("педагог дополнительного образования", "3D-моделирование", 0.4), 2)
            .common(teaching("педагог дополнительного образования", "радиоэлектроника", 0.1), 1);

    static final Staffing ARTS_SCHOOL = new Staffing(10, 13)
            .always(leading("директор", 0.75))
            .always(leading("заместитель директора по учебной работе", 0.9))
            .sometimes(staff("концертмейстер", 0.95), 0.8)
            .common(teaching("преподаватель", "фортепиано", 0.95), 3)
            .common(teaching("преподаватель", "скрипка", 0.85), 1)
            .common(teaching("преподаватель", "баян, аккордеон", 0.3), 1)
            .common(teaching("преподаватель", "гитара", 0.4), 1)
            .common(teaching("преподаватель", "хоровое пение", 0.9), 1)
            .common(teaching("преподаватель", "сольфеджио, музыкальная литература", 0.95), 1.5)
            .common(teaching("преподаватель", "изобразительное искусство", 0.85), 2)
            .common(teaching("преподаватель", "хореография", 0.9), 1);

    static final Staffing METHODICAL_CENTRE = new Staffing(8, 8)
            .always(leading("директор", 0.8))
            .always(leading("заместитель директора", 0.9))
            .always(leading("старший методист", 0.95))
            .common(teaching("методист", "дошкольное образование", 1), 1)
            .common(teaching("методист", "начальное общее образование", 1), 1)
            .common(teaching("методист", "русский язык и литература", 1), 1)
            .common(teaching("методист", "математика и информатика", 0.8), 1)
            .common(teaching("методист", "воспитательная работа и дополнительное образование", 0.9), 1)
            .common(teaching("методист", "аттестация педагогических работников", 0.95), 1);

    static final Staffing COLLEGE = new Staffing(16, 20)
            .always(leading("директор", 0.5))
            .always(leading("заместитель директора по учебной работе", 0.85))
            .always(leading("заместитель директора по учебно-производственной работе", 0.4))
            .always(staff("методист", 0.9))
            .sometimes(staff("педагог-психолог", 0.95), 0.8)
            .sometimes(staff("социальный педагог", 0.95), 0.6)
            .common(teaching("преподаватель", "математика", 0.8), 2)
            .common(teaching("преподаватель", "русский язык, литература", 0.95), 1.5)
            .common(teaching("преподаватель", "английский язык", 0.9), 1.5)
            .common(teaching("преподаватель", "информатика", 0.5), 1)
            .common(teaching("преподаватель", "физика", 0.6), 1)
            .common(teaching("преподаватель", "история", 0.7), 1)
            .common(teaching("преподаватель", "физическая культура", 0.4), 1)
            .common(teaching("преподаватель", "электротехника", 0.4), 1)
            .common(teaching("преподаватель", "инженерная графика", 0.6), 1)
            .common(teaching("преподаватель", "технология машиностроения", 0.3), 1)
            .common(teaching("преподаватель", "экономика, бухгалтерский учёт", 0.9), 1)
            .common(teaching("мастер производственного обучения", "сварочное производство", 0.1), 2);

    private StaffingTables() {}
}
