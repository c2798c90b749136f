/**
 * Versioned templates of documents: texts, signers, logo and colour per kind, in a chain per owner
 * (a municipality, a region, or the shared one). Other modules (the demo) may set a territory's templates.
 */
@org.springframework.modulith.NamedInterface("templates")
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents.template;
