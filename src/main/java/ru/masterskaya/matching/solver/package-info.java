/**
 * The assignment itself, free of Spring and of the database: a problem of practitioners and masters,
 * named score components, the exact solve with OR-Tools and the certificate of optimality.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.matching.solver;
