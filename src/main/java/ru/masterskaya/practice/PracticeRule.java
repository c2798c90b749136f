package ru.masterskaya.practice;

/** The rules a pair guards; each has a Russian message {@code practiceRule.<NAME>} for the person who broke it. */
public enum PracticeRule {
    NOT_IN_STATUS,
    NOT_A_SIDE,
    PLAN_INCOMPLETE,
    PLAN_DATES_REVERSED,
    ALREADY_AGREED,
    JOURNAL_CLOSED,
    ENTRY_IN_FUTURE,
    ENTRY_BEFORE_PAIR,
    RESUME_DATE_NOT_AHEAD,
    CHECK_IN_OUT_OF_RANGE,
    NO_PRODUCT,
    NO_GRADE,
    REVIEW_REQUIRED,
    CONSENT_TEXT_REQUIRED,
    NOT_A_COORDINATOR,
    NOT_THE_MASTER,
    NOT_THE_PRACTITIONER,
    CHECK_IN_NOT_DUE,
    CHECK_IN_ALREADY_ANSWERED,
    END_REASON_REQUIRED;

    public String messageKey() {
        return "practiceRule." + name();
    }
}
