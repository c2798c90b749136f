/**
 * The coordinator's board of practice pairs for a year: every pair in the user's scope with its
 * health, filters, the funnel formed → agreed → active → completed with stalled and ended-early
 * counts, and its XLSX export. Read-only SQL over the pair table and the stored health.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.board;
