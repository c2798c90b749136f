package ru.masterskaya.diagnostics.campaign.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The owners a user may start a campaign for, derived from their roles: a coordinator's region or
 * municipality, a deputy director's organisation; an administrator may choose any territory.
 */
@Component
@Transactional(readOnly = true)
public class CampaignOwners {

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganisationManagement organisations;

    CampaignOwners(RegionRepository regions, MunicipalityRepository municipalities, OrganisationManagement organisations) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organisations = organisations;
    }

    public List<CampaignOwner> of(CurrentUser user) {
        RegistryScope scope = user.registryScope();
        List<CampaignOwner> owners = new ArrayList<>();
        regions.findAllByOrderByName().stream()
                .filter(region -> scope.everything() || scope.regionIds().contains(region.getId()))
                .forEach(region -> owners.add(new CampaignOwner(CampaignOwner.Kind.REGION, region.getId(), region.getName())));
        municipalities.findAllByOrderByName().stream()
                .filter(municipality -> scope.everything() || scope.municipalityIds().contains(municipality.getId()))
                .forEach(m -> owners.add(new CampaignOwner(CampaignOwner.Kind.MUNICIPALITY, m.getId(), m.getName())));
        if (!scope.organisationIds().isEmpty()) {
            organisations.visibleTo(scope).stream()
                    .filter(organisation -> scope.organisationIds().contains(organisation.getId()))
                    .forEach(o -> owners.add(new CampaignOwner(CampaignOwner.Kind.ORGANISATION, o.getId(), o.getShortName())));
        }
        return owners;
    }

    public Optional<CampaignOwner> find(CurrentUser user, String key) {
        return of(user).stream().filter(owner -> owner.key().equals(key)).findFirst();
    }
}
