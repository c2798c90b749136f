package ru.masterskaya.registry.importing;

import java.util.List;

/**
 * A row that passed all checks, as the preview shows it: the person or organisation it names, where
 * it belongs (organisation or municipality), and for an update the columns whose values change.
 */
public record PlannedRow(int rowNumber, ImportAction action, String subject, String place, List<String> changedColumns) {}
