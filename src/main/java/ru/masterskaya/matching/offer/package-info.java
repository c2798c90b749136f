/**
 * Masters' offers and the mentoring reference data: what other modules (the demo data) may use to
 * propose and confirm offers through the same rules as the coordinator's and the master's pages.
 */
@org.springframework.modulith.NamedInterface("offers")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.matching.offer;
