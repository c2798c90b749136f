/**
 * The analysis of a campaign for methodologists: which topics most people need (by organisation
 * type and organisation), who took part, what people wrote they want to learn, and who is ready to
 * be a master on a topic. Exposed as the «needs» interface so that matching can ask for
 * {@link ru.masterskaya.diagnostics.needs.MasterCandidates}.
 */
@org.springframework.modulith.NamedInterface("needs")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics.needs;
