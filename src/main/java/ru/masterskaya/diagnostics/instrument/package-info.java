/**
 * Self-diagnosis instruments: items tied to topics, kept in numbered versions. A version that a
 * campaign has used is frozen, so that every stored answer keeps the question it answered; editing
 * it makes the next version. Exposed as the «instruments» interface for the demo data.
 */
@org.springframework.modulith.NamedInterface("instruments")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.instrument;
