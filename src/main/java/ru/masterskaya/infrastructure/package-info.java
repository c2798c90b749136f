/**
 * Cross-cutting technical setup: security, web configuration, locale, clock, the cluster-wide
 * scheduler lock and the answer to a file over the upload limit. It depends on no business module;
 * they use its API only to register their file forms ({@link ru.masterskaya.infrastructure.UploadForm}),
 * otherwise it wires Spring beans they merely use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.infrastructure;
