/**
 * The pure matching solver: a problem of practitioners, masters and rules goes in, an exact
 * maximum-weight b-matching with named score components, reasons for the unmatched, group-format
 * proposals and a dual certificate of optimality comes out. No Spring beans, no persistence, so it
 * can be unit-tested against brute force and benchmarked at scale.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.matching.solver;
