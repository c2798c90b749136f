package ru.masterskaya.registry;

import java.io.Serializable;
import java.util.UUID;

public record PersonId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
