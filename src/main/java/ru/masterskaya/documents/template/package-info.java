/** Versioned templates of documents: texts, signers, logo and colour per kind. */
@org.jspecify.annotations.NullMarked
package ru.masterskaya.documents.template;
