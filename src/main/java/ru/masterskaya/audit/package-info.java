/**
 * The audit log: who changed which person, organisation or role, when, and what exactly changed.
 * It listens to the registry's events inside the same transaction, so a change and its record
 * are stored together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "registry")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.audit;
