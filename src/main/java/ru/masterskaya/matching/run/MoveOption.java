package ru.masterskaya.matching.run;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A master a practitioner may be moved to, with the places they have left in the draft. */
public record MoveOption(UUID masterId, @Nullable PersonCard master, int placesLeft) {}
