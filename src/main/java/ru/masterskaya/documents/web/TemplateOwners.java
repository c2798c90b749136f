package ru.masterskaya.documents.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.template.TemplateOwner;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * Whose templates a user works with: an administrator the shared ones, a municipality's coordinator
 * (or a deputy director of one of its organisations) the municipality's, a region's coordinator the
 * region's. Someone holding roles in several territories works with the first municipality's, or
 * else the first region's, in a stable order.
 */
@Component
@Transactional(readOnly = true)
public class TemplateOwners {

    private final MunicipalityRepository municipalities;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final MessageSource messages;

    TemplateOwners(MunicipalityRepository municipalities, RegionRepository regions, OrganisationRepository organisations, MessageSource messages) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.organisations = organisations;
        this.messages = messages;
    }

    public TemplateOwner of(RegistryScope scope) {
        if (scope.everything()) {
            return TemplateOwner.SHARED;
        }
        if (!scope.municipalityIds().isEmpty()) {
            return owner(municipalities.findById(first(scope.municipalityIds())).orElseThrow());
        }
        if (!scope.regionIds().isEmpty()) {
            return TemplateOwner.region(first(scope.regionIds()));
        }
        if (!scope.organisationIds().isEmpty()) {
            return owner(organisations.findById(first(scope.organisationIds())).map(Organisation::getMunicipality).orElseThrow());
        }
        return TemplateOwner.SHARED;
    }

    /** «муниципалитета «Заречный»», «региона «…»» or «общие»: for the page's heading. */
    public String name(TemplateOwner owner, Locale locale) {
        if (owner.municipalityId() != null) {
            return messages.getMessage("documents.templates.owner.municipality",
                    new Object[] {municipalities.findById(owner.municipalityId()).map(Municipality::getName).orElse("")}, locale);
        }
        if (owner.regionId() != null) {
            return messages.getMessage("documents.templates.owner.region",
                    new Object[] {regions.findById(owner.regionId()).map(region -> region.getName()).orElse("")}, locale);
        }
        return messages.getMessage("documents.templates.owner.shared", null, locale);
    }

    private static TemplateOwner owner(Municipality municipality) {
        return TemplateOwner.municipality(municipality.getId(), municipality.getRegion().getId());
    }

    private static UUID first(Set<UUID> ids) {
        return ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}
