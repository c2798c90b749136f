package ru.masterskaya.registry.account;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.OrganisationNotFoundException;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.ScopedRole;
import ru.masterskaya.registry.TerritoryNotFoundException;

/** Names the territory or organisation a role applies to, and refuses scopes that do not exist. */
@Component
class RoleScopes {

    static final Locale RUSSIAN = Locale.of("ru");

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganisationRepository organisations;
    private final MessageSource messages;

    RoleScopes(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            OrganisationRepository organisations,
            MessageSource messages) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.messages = messages;
    }

    Optional<ScopeDescription> describe(ScopedRole role) {
        if (role.regionId() != null) {
            return Optional.of(new ScopeDescription("scope.region", regions.findById(role.regionId())
                    .orElseThrow(() -> new TerritoryNotFoundException(role.regionId())).getName()));
        }
        if (role.municipalityId() != null) {
            return Optional.of(new ScopeDescription("scope.municipality", municipalities.findById(role.municipalityId())
                    .orElseThrow(() -> new TerritoryNotFoundException(role.municipalityId())).getName()));
        }
        if (role.organisationId() != null) {
            return Optional.of(new ScopeDescription("scope.organisation", organisations.findById(role.organisationId())
                    .orElseThrow(() -> new OrganisationNotFoundException(role.organisationId())).getShortName()));
        }
        return Optional.empty();
    }

    /** «Муниципалитет: Городской округ Заречный», as the audit log keeps it; empty for a role without scope. */
    String label(ScopedRole role) {
        return describe(role)
                .map(scope -> messages.getMessage(scope.messageKey(), new Object[] {scope.name()}, RUSSIAN))
                .orElse("");
    }
}
