package ru.masterskaya.documents.template;

import org.jspecify.annotations.Nullable;

/** Who signs a document: position, «И.О. Фамилия» and, optionally, a facsimile image (PNG or JPEG). */
public record Signer(String position, String name, byte @Nullable [] facsimile) {}
