package ru.masterskaya.registry;

import java.util.List;

/** A region and its municipalities by name, as the territory list and the scope choices show them. */
public record RegionWithMunicipalities(Region region, List<Municipality> municipalities) {}
