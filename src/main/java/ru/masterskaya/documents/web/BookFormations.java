package ru.masterskaya.documents.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.RegistryScope;

/**
 * The formations a book of reviews may cover: the whole scope, one municipality or one organisation
 * of it, chosen by a key «M:<id>» or «O:<id>»; a key outside the scope reads as the whole scope.
 */
@Component
class BookFormations {

    private final OrganisationManagement organisations;

    BookFormations(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    record Formation(String key, String name, @Nullable UUID organisationId, @Nullable UUID municipalityId) {}

    List<Formation> of(RegistryScope scope) {
        List<Formation> formations = new ArrayList<>();
        if (scope.managesTerritory()) {
            organisations.municipalitiesIn(scope).stream().sorted(Comparator.comparing(Municipality::getName))
                    .forEach(municipality -> formations.add(new Formation("M:" + municipality.getId(), municipality.getName(), null, municipality.getId())));
        }
        organisations.visibleTo(scope).stream().sorted(Comparator.comparing(Organisation::getShortName))
                .forEach(organisation -> formations.add(new Formation("O:" + organisation.getId(), organisation.getShortName(), organisation.getId(), null)));
        return formations;
    }

    Formation find(RegistryScope scope, @Nullable String key) {
        if (key != null && !key.isBlank()) {
            for (Formation formation : of(scope)) {
                if (formation.key().equals(key)) {
                    return formation;
                }
            }
        }
        return new Formation("", "", null, null);
    }
}
