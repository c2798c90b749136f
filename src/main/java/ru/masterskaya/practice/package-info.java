/**
 * Practice: the life of a pair from agreement to a graded product — the plan, the journal, check-ins,
 * stalls caught while there is time, and completion, announced by {@link ru.masterskaya.practice.PracticeCompleted}
 * so that documents can be issued without this module knowing about them. See issue 6.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice", allowedDependencies = {"registry", "registry :: account",
        "calendar", "notifications", "diagnostics", "matching", "matching :: offers", "infrastructure"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice;
