package ru.masterskaya.registry;

import org.jspecify.annotations.Nullable;

/**
 * Молодой специалист: younger than 35 and with no more than three years of pedagogical work.
 * Only years are known, so both ages are counted in whole calendar years.
 */
public final class YoungSpecialistPolicy {

    public static final int AGE_LIMIT = 35;
    public static final int EXPERIENCE_LIMIT = 3;

    private YoungSpecialistPolicy() {}

    public static boolean applies(@Nullable Integer birthYear, @Nullable Integer experienceSinceYear, int year) {
        if (birthYear == null || experienceSinceYear == null) {
            return false;
        }
        int age = year - birthYear;
        int experience = year - experienceSinceYear;
        return age < AGE_LIMIT && experience >= 0 && experience <= EXPERIENCE_LIMIT;
    }

    /** Earliest birth year that still counts as young in {@code year}. */
    public static int earliestBirthYear(int year) {
        return year - AGE_LIMIT + 1;
    }

    /** Earliest start of experience that still counts as young in {@code year}. */
    public static int earliestExperienceStart(int year) {
        return year - EXPERIENCE_LIMIT;
    }
}
