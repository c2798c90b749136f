package ru.masterskaya.diagnostics.campaign.invitation;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who runs a campaign: a region, a municipality or one organisation, written in forms as
 * {@code region:…}, {@code municipality:…} or {@code organisation:…}. Its invitees come from it alone.
 */
public record CampaignOwner(Kind kind, UUID id, String name) {

    public enum Kind { REGION, MUNICIPALITY, ORGANISATION }

    /** The owner of a running campaign; the name is not needed to bound its invitees and stays empty. */
    public static CampaignOwner of(Campaign campaign) {
        if (campaign.getRegionId() != null) {
            return new CampaignOwner(Kind.REGION, campaign.getRegionId(), "");
        }
        if (campaign.getMunicipalityId() != null) {
            return new CampaignOwner(Kind.MUNICIPALITY, campaign.getMunicipalityId(), "");
        }
        return new CampaignOwner(Kind.ORGANISATION, Objects.requireNonNull(campaign.getOrganisationId()), "");
    }

    public String key() {
        return kind.name().toLowerCase() + ":" + id;
    }

    /** The part of the registry the owner covers: where its invitees may come from. */
    public RegistryScope scope() {
        return switch (kind) {
            case REGION -> new RegistryScope(false, Set.of(id), Set.of(), Set.of());
            case MUNICIPALITY -> new RegistryScope(false, Set.of(), Set.of(id), Set.of());
            case ORGANISATION -> new RegistryScope(false, Set.of(), Set.of(), Set.of(id));
        };
    }

    public @Nullable UUID regionId() {
        return kind == Kind.REGION ? id : null;
    }

    public @Nullable UUID municipalityId() {
        return kind == Kind.MUNICIPALITY ? id : null;
    }

    public @Nullable UUID organisationId() {
        return kind == Kind.ORGANISATION ? id : null;
    }
}
