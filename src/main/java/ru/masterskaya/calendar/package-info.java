/**
 * The academic year (учебный год, 1 September – 31 August, written «2025/26») that plans,
 * campaigns, pairs and reports belong to, and the year a user has chosen in the header.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.calendar;
