package ru.masterskaya.matching.run.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.SameOrganisation;

/**
 * The rules of a run as the coordinator types them: points with up to two decimals (the solver counts
 * hundredths), starting from {@link MatchingRules#defaults()}.
 */
public class RulesFormData {

    private static final String PRESCHOOL = "PRESCHOOL";

    @NotNull(message = "{runForm.masterStrengthFrom.required}")
    @Min(value = 0, message = "{runForm.masterStrengthFrom.range}")
    @Max(value = 100, message = "{runForm.masterStrengthFrom.range}")
    private @Nullable Integer masterStrengthFrom;

    @NotNull(message = "{runForm.minimumSuitability.required}")
    @DecimalMin(value = "0", message = "{runForm.minimumSuitability.range}")
    @DecimalMax(value = "10000", message = "{runForm.minimumSuitability.range}")
    private @Nullable BigDecimal minimumSuitability;

    @NotNull(message = "{runForm.sameOrganisation.required}")
    private @Nullable SameOrganisation sameOrganisation;

    @NotNull(message = "{runForm.sameOrganisationPenalty.required}")
    @DecimalMin(value = "0", message = "{runForm.sameOrganisationPenalty.range}")
    @DecimalMax(value = "10000", message = "{runForm.sameOrganisationPenalty.range}")
    private @Nullable BigDecimal sameOrganisationPenalty;

    private boolean allowRepeats;

    @NotNull(message = "{runForm.loadCap.required}")
    @Min(value = 1, message = "{runForm.loadCap.range}")
    @Max(value = 50, message = "{runForm.loadCap.range}")
    private @Nullable Integer loadCap;

    @NotNull(message = "{runForm.categoryWeight.required}")
    @DecimalMin(value = "0", message = "{runForm.categoryWeight.range}")
    @DecimalMax(value = "1000", message = "{runForm.categoryWeight.range}")
    private @Nullable BigDecimal categoryWeight;

    @NotNull(message = "{runForm.sameMunicipalityBonus.required}")
    @DecimalMin(value = "0", message = "{runForm.sameMunicipalityBonus.range}")
    @DecimalMax(value = "1000", message = "{runForm.sameMunicipalityBonus.range}")
    private @Nullable BigDecimal sameMunicipalityBonus;

    @NotNull(message = "{runForm.preschoolCoverage.required}")
    @DecimalMin(value = "0", message = "{runForm.preschoolCoverage.range}")
    @DecimalMax(value = "1000", message = "{runForm.preschoolCoverage.range}")
    private @Nullable BigDecimal preschoolCoverage;

    @NotNull(message = "{runForm.groupThreshold.required}")
    @Min(value = 2, message = "{runForm.groupThreshold.range}")
    @Max(value = 1000, message = "{runForm.groupThreshold.range}")
    private @Nullable Integer groupThreshold;

    public static RulesFormData defaults() {
        MatchingRules rules = MatchingRules.defaults();
        RulesFormData form = new RulesFormData();
        form.masterStrengthFrom = rules.masterStrengthFrom();
        form.minimumSuitability = points(rules.minimumSuitability());
        form.sameOrganisation = rules.sameOrganisation();
        form.sameOrganisationPenalty = points(rules.sameOrganisationPenalty());
        form.allowRepeats = rules.allowRepeats();
        form.loadCap = rules.loadCap();
        form.categoryWeight = points(rules.categoryWeight());
        form.sameMunicipalityBonus = points(rules.sameMunicipalityBonus());
        form.preschoolCoverage = points(rules.coverageBonus().getOrDefault(PRESCHOOL, 0L));
        form.groupThreshold = rules.groupThreshold();
        return form;
    }

    /** The rules: the typed values over the defaults for what the form does not show (the component weights). */
    public MatchingRules toRules() {
        MatchingRules defaults = MatchingRules.defaults();
        Map<String, Long> coverage = new HashMap<>(defaults.coverageBonus());
        coverage.put(PRESCHOOL, hundredths(preschoolCoverage));
        return new MatchingRules(masterStrengthFrom == null ? defaults.masterStrengthFrom() : masterStrengthFrom, hundredths(minimumSuitability),
                sameOrganisation == null ? defaults.sameOrganisation() : sameOrganisation, hundredths(sameOrganisationPenalty), allowRepeats,
                loadCap == null ? defaults.loadCap() : loadCap, defaults.depthWeight(), defaults.strengthWeight(), defaults.priorityBonus(),
                defaults.formatBonus(), defaults.formatPenalty(), hundredths(categoryWeight), hundredths(sameMunicipalityBonus), coverage,
                groupThreshold == null ? defaults.groupThreshold() : groupThreshold);
    }

    private static BigDecimal points(long hundredths) {
        BigDecimal points = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return points.scale() < 0 ? points.setScale(0) : points;
    }

    private static long hundredths(@Nullable BigDecimal points) {
        return points == null ? 0 : points.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    public @Nullable Integer getMasterStrengthFrom() {
        return masterStrengthFrom;
    }

    public void setMasterStrengthFrom(@Nullable Integer masterStrengthFrom) {
        this.masterStrengthFrom = masterStrengthFrom;
    }

    public @Nullable BigDecimal getMinimumSuitability() {
        return minimumSuitability;
    }

    public void setMinimumSuitability(@Nullable BigDecimal minimumSuitability) {
        this.minimumSuitability = minimumSuitability;
    }

    public @Nullable SameOrganisation getSameOrganisation() {
        return sameOrganisation;
    }

    public void setSameOrganisation(@Nullable SameOrganisation sameOrganisation) {
        this.sameOrganisation = sameOrganisation;
    }

    public @Nullable BigDecimal getSameOrganisationPenalty() {
        return sameOrganisationPenalty;
    }

    public void setSameOrganisationPenalty(@Nullable BigDecimal sameOrganisationPenalty) {
        this.sameOrganisationPenalty = sameOrganisationPenalty;
    }

    public boolean isAllowRepeats() {
        return allowRepeats;
    }

    public void setAllowRepeats(boolean allowRepeats) {
        this.allowRepeats = allowRepeats;
    }

    public @Nullable Integer getLoadCap() {
        return loadCap;
    }

    public void setLoadCap(@Nullable Integer loadCap) {
        this.loadCap = loadCap;
    }

    public @Nullable BigDecimal getCategoryWeight() {
        return categoryWeight;
    }

    public void setCategoryWeight(@Nullable BigDecimal categoryWeight) {
        this.categoryWeight = categoryWeight;
    }

    public @Nullable BigDecimal getSameMunicipalityBonus() {
        return sameMunicipalityBonus;
    }

    public void setSameMunicipalityBonus(@Nullable BigDecimal sameMunicipalityBonus) {
        this.sameMunicipalityBonus = sameMunicipalityBonus;
    }

    public @Nullable BigDecimal getPreschoolCoverage() {
        return preschoolCoverage;
    }

    public void setPreschoolCoverage(@Nullable BigDecimal preschoolCoverage) {
        this.preschoolCoverage = preschoolCoverage;
    }

    public @Nullable Integer getGroupThreshold() {
        return groupThreshold;
    }

    public void setGroupThreshold(@Nullable Integer groupThreshold) {
        this.groupThreshold = groupThreshold;
    }
}
