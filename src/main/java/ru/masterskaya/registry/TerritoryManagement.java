package ru.masterskaya.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions and their municipalities, kept by the administrator; names are unique, ignoring letter case. */
@Service
@Transactional(readOnly = true)
public class TerritoryManagement {

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;

    TerritoryManagement(RegionRepository regions, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.municipalities = municipalities;
    }

    public List<RegionWithMunicipalities> overview() {
        Map<UUID, List<Municipality>> byRegion = municipalities.findAllByOrderByName().stream()
                .collect(Collectors.groupingBy(municipality -> municipality.getRegion().getId()));
        return regions.findAllByOrderByName().stream()
                .map(region -> new RegionWithMunicipalities(region, byRegion.getOrDefault(region.getId(), List.of())))
                .toList();
    }

    @Transactional
    public Region createRegion(String name) {
        String clean = clean(name);
        if (regions.existsByNameIgnoreCase(clean)) {
            throw new TerritoryNameAlreadyUsed(clean);
        }
        return regions.save(new Region(clean));
    }

    @Transactional
    public void renameRegion(UUID id, String name) {
        Region region = regions.findById(id).orElseThrow(() -> new TerritoryNotFoundException(id));
        String clean = clean(name);
        if (regions.existsByNameIgnoreCaseAndIdNot(clean, id)) {
            throw new TerritoryNameAlreadyUsed(clean);
        }
        region.rename(clean);
    }

    @Transactional
    public Municipality createMunicipality(UUID regionId, String name) {
        Region region = regions.findById(regionId).orElseThrow(() -> new TerritoryNotFoundException(regionId));
        String clean = clean(name);
        if (municipalities.existsByRegionIdAndNameIgnoreCase(regionId, clean)) {
            throw new TerritoryNameAlreadyUsed(clean);
        }
        return municipalities.save(new Municipality(region, clean));
    }

    @Transactional
    public void renameMunicipality(UUID id, String name) {
        Municipality municipality = municipalities.findById(id).orElseThrow(() -> new TerritoryNotFoundException(id));
        String clean = clean(name);
        if (municipalities.existsByRegionIdAndNameIgnoreCaseAndIdNot(municipality.getRegion().getId(), clean, id)) {
            throw new TerritoryNameAlreadyUsed(clean);
        }
        municipality.rename(clean);
    }

    private static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
