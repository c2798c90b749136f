package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The order or the addendum to the employment contract that formalises mentoring under ст. 351.8
 * ТК РФ: its number and date, the mentoring's start and end, and the date it was ended early.
 */
@Embeddable
public record BasisDocument(
        @Column(name = "basis_number") @Nullable String number,
        @Column(name = "basis_date") @Nullable LocalDate date,
        @Column(name = "basis_start") @Nullable LocalDate start,
        @Column(name = "basis_end") @Nullable LocalDate end,
        @Column(name = "basis_early_end") @Nullable LocalDate earlyEnd) {

    public static final BasisDocument NONE = new BasisDocument(null, null, null, null, null);

    public boolean isPresent() {
        return number != null && !number.isBlank();
    }
}
