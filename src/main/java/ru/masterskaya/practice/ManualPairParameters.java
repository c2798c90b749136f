package ru.masterskaya.practice;

import java.util.UUID;
import ru.masterskaya.calendar.AcademicYear;

/** A pair a coordinator forms by hand, outside a matching run. */
public record ManualPairParameters(AcademicYear academicYear, UUID practitionerId, UUID masterId, UUID topicId) {}
