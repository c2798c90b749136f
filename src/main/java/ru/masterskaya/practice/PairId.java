package ru.masterskaya.practice;

import java.util.UUID;

public record PairId(UUID value) {

    public static PairId of(String text) {
        return new PairId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
