package ru.masterskaya.diagnostics.needs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.scoring.ScoringSheet;

/**
 * Everything the needs page and the export show about a campaign, over the invitees the user sees:
 * the needs (narrowed by the filter), the participation, the wishes grouped by topic, and the names
 * of the organisation types and organisations that occur.
 */
public record CampaignAnalysis(Campaign campaign, ScoringSheet sheet, NeedsFilter filter, NeedsReport report, Participation participation,
        List<WishGroup> wishes, Map<String, String> typeNames, Map<UUID, String> organisationNames) {

    public String typeName(String code) {
        return typeNames.getOrDefault(code, code);
    }

    public String organisationName(UUID id) {
        return organisationNames.getOrDefault(id, id.toString());
    }

    public String organisationName(String id) {
        return organisationName(UUID.fromString(id));
    }
}
