/**
 * Scoring of a self-diagnosis into a deficit profile: per topic and per block, the percent of the
 * maximum and the Р-201 level, with the thresholds of the campaign. Exposed as the «scoring»
 * interface, since campaign parameters carry thresholds and profiles are what campaigns give out.
 */
@org.springframework.modulith.NamedInterface("scoring")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.scoring;
