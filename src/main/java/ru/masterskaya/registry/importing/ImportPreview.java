package ru.masterskaya.registry.importing;

/** A kept upload checked again against the registry as it is now. */
public record ImportPreview(String fileName, ImportCheck check) {}
