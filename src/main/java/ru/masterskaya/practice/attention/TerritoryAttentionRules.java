package ru.masterskaya.practice.attention;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The thresholds of each territory. A pair follows the rules of its practitioner's municipality,
 * else of the region, else the defaults of issue 6; a coordinator changes those of their territory.
 */
@Service
public class TerritoryAttentionRules {

    private final AttentionRulesRepository rules;
    private final MunicipalityRepository municipalities;
    private final Clock clock;

    TerritoryAttentionRules(AttentionRulesRepository rules, MunicipalityRepository municipalities, Clock clock) {
        this.rules = rules;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The settings of a territory as they stand, the defaults if nobody changed them. */
    @Transactional(readOnly = true)
    public AttentionSettings of(UUID territoryId) {
        return rules.findById(territoryId).map(AttentionRules::settings).orElse(AttentionSettings.DEFAULTS);
    }

    /** Whether someone set this territory's rules, rather than it following the defaults. */
    @Transactional(readOnly = true)
    public boolean isChanged(UUID territoryId) {
        return rules.existsById(territoryId);
    }

    @Transactional
    public void change(UUID territoryId, AttentionSettings settings, CurrentUser user) {
        RegistryScope scope = user.registryScope();
        boolean coordinated = scope.everything() || scope.municipalityIds().contains(territoryId) || scope.regionIds().contains(territoryId)
                || municipalities.findById(territoryId).filter(municipality -> scope.regionIds().contains(municipality.getRegion().getId())).isPresent();
        if (!coordinated) {
            throw new AccessDeniedException("the territory is not the user's");
        }
        rules.findById(territoryId).ifPresentOrElse(
                stored -> stored.change(settings, clock.instant(), user.getUsername()),
                () -> rules.save(new AttentionRules(territoryId, settings, clock.instant(), user.getUsername())));
    }

    /** Every territory's settings at once, for the nightly computation. */
    @Transactional(readOnly = true)
    Resolver resolver() {
        Map<UUID, AttentionSettings> all = new HashMap<>();
        rules.findAll().forEach(stored -> all.put(stored.getTerritoryId(), stored.settings()));
        return new Resolver(all);
    }

    /** Picks the settings of a pair's municipality, else its region, else the defaults. */
    record Resolver(Map<UUID, AttentionSettings> byTerritory) {

        AttentionSettings settingsFor(UUID municipalityId, UUID regionId) {
            AttentionSettings own = byTerritory.get(municipalityId);
            if (own != null) {
                return own;
            }
            return byTerritory.getOrDefault(regionId, AttentionSettings.DEFAULTS);
        }
    }
}
