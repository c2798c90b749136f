package ru.masterskaya.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year from 1 September of {@code startYear} to 31 August of the next year. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear>, Serializable {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{2}|\\d{4})");

    public AcademicYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("Academic year out of range: " + startYear);
        }
    }

    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads «2025/2026» or «2025/26»; the second year must follow the first. */
    public static AcademicYear parse(String text) {
        Matcher matcher = LABEL.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an academic year: " + text);
        }
        int start = Integer.parseInt(matcher.group(1));
        String end = matcher.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && endYear < start) {
            endYear += 100;
        }
        if (endYear != start + 1) {
            throw new IllegalArgumentException("Not consecutive years: " + text);
        }
        return new AcademicYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** «2025/2026», as in document titles. */
    public String label() {
        return startYear + "/" + (startYear + 1);
    }

    /** «2025/26», as in the header and registers. */
    public String shortLabel() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return shortLabel();
    }
}
