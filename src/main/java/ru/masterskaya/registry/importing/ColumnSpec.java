package ru.masterskaya.registry.importing;

import java.util.List;

/** What an import column is: its header, other usual headers, whether it is required, its width and the properties it holds. */
public record ColumnSpec(String header, boolean required, int width, List<String> aliases, List<String> properties) {}
