package ru.masterskaya.documents.template;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose chain of template versions it is: a municipality's, a region's, or the shared one. A
 * municipality without its own template uses its region's, and a region without one the shared one,
 * so each methodological service signs its documents with its own name and signers.
 */
public record TemplateOwner(@Nullable UUID municipalityId, @Nullable UUID regionId) {

    public static final TemplateOwner SHARED = new TemplateOwner(null, null);

    static final String SHARED_KEY = "*";

    public static TemplateOwner municipality(UUID municipalityId, UUID regionId) {
        return new TemplateOwner(municipalityId, regionId);
    }

    public static TemplateOwner region(UUID regionId) {
        return new TemplateOwner(null, regionId);
    }

    public boolean isShared() {
        return municipalityId == null && regionId == null;
    }

    public boolean isMunicipality() {
        return municipalityId != null;
    }

    /** The key stored with each version of the owner's chain. */
    public String key() {
        if (municipalityId != null) {
            return "M:" + municipalityId;
        }
        return regionId != null ? "R:" + regionId : SHARED_KEY;
    }

    /** The owner's own chain first, then those it falls back on: municipality, region, shared. */
    List<String> lookup() {
        List<String> keys = new ArrayList<>(3);
        if (municipalityId != null) {
            keys.add("M:" + municipalityId);
        }
        if (regionId != null) {
            keys.add("R:" + regionId);
        }
        keys.add(SHARED_KEY);
        return keys;
    }
}
