package ru.masterskaya.documents;

import ru.masterskaya.calendar.AcademicYear;

/** A number from the register of one kind and academic year, printed as «СМ-2025/26-0007». */
public record DocumentNumber(DocumentKind kind, AcademicYear year, int sequence) {

    public DocumentNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("Register numbers start at 1: " + sequence);
        }
    }

    public String text() {
        return kind.prefix() + "-" + year.shortLabel() + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
