package ru.masterskaya.registry;

/** Квалификационная категория of a teacher, including the two new ones of 2024. */
public enum QualificationCategory {
    NONE,
    CORRESPONDENCE,
    FIRST,
    HIGHEST,
    TEACHER_METHODOLOGIST,
    TEACHER_MENTOR;

    public String messageKey() {
        return "category." + name();
    }
}
