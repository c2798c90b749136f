package ru.masterskaya.practice;

import org.jspecify.annotations.Nullable;

/** The product as the master records it: a title, a kind, and a link or a file (a new file replaces the old one). */
public record ProductParameters(String title, String kind, @Nullable String link, @Nullable UploadedFile file) {}
