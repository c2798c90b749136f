package ru.masterskaya.diagnostics;

import java.util.UUID;

public record TopicId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
