/**
 * Scoring of a self-diagnosis into a deficit profile: per topic and per block, the percent of the
 * maximum and the Р-201 level, with the thresholds of the campaign.
 */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.scoring;
