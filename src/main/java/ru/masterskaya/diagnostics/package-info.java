/**
 * Diagnostics: a teacher's self-diagnosis of professional deficits by topic, which later feeds
 * individual routes. This step holds the catalogue of topics (competences), grouped in the blocks
 * of the teacher's professional standard and Р-201 plus a managerial block for the methodological
 * active; coordinators keep it, and topics are deactivated rather than deleted because campaigns
 * and answers will refer to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnostics", allowedDependencies = {"registry", "calendar"})
@org.jspecify.annotations.NullMarked
package ru.masterskaya.diagnostics;
