package ru.masterskaya.practice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Why a pair is declined or ended early: a reason from the editable list and free text. */
public record EndParameters(@Nullable UUID reasonId, @Nullable String note) {}
