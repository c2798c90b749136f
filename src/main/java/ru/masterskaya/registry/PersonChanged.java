package ru.masterskaya.registry;

import java.util.List;

public record PersonChanged(PersonId personId, String label, String actor, List<FieldChange> changes) {}
