package ru.masterskaya.registry.importing;

/** A file as the user sent it: the name they gave it and its bytes. */
public record UploadedFile(String name, byte[] content) {}
