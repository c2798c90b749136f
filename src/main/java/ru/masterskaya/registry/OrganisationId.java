package ru.masterskaya.registry;

import java.io.Serializable;
import java.util.UUID;

public record OrganisationId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
