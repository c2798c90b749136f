package ru.masterskaya.matching.run;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.SameOrganisation;

/** A run's rules as stored text {@code name=value;…}, so that every run keeps the rules it was solved with. */
final class RulesText {

    private RulesText() {}

    static String encode(MatchingRules rules) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("masterStrengthFrom", String.valueOf(rules.masterStrengthFrom()));
        values.put("minimumSuitability", String.valueOf(rules.minimumSuitability()));
        values.put("sameOrganisation", rules.sameOrganisation().name());
        values.put("sameOrganisationPenalty", String.valueOf(rules.sameOrganisationPenalty()));
        values.put("allowRepeats", String.valueOf(rules.allowRepeats()));
        values.put("loadCap", String.valueOf(rules.loadCap()));
        values.put("depthWeight", String.valueOf(rules.depthWeight()));
        values.put("strengthWeight", String.valueOf(rules.strengthWeight()));
        values.put("priorityBonus", String.valueOf(rules.priorityBonus()));
        values.put("formatBonus", String.valueOf(rules.formatBonus()));
        values.put("formatPenalty", String.valueOf(rules.formatPenalty()));
        values.put("categoryWeight", String.valueOf(rules.categoryWeight()));
        values.put("sameMunicipalityBonus", String.valueOf(rules.sameMunicipalityBonus()));
        values.put("groupThreshold", String.valueOf(rules.groupThreshold()));
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append('=').append(value).append(';'));
        rules.coverageBonus().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> text.append("coverage.").append(entry.getKey()).append('=').append(entry.getValue()).append(';'));
        return text.toString();
    }

    static MatchingRules decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> coverage = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = part.substring(0, equals);
            if (name.startsWith("coverage.")) {
                coverage.put(name.substring("coverage.".length()), Long.parseLong(part.substring(equals + 1)));
            } else {
                values.put(name, part.substring(equals + 1));
            }
        }
        return new MatchingRules(Integer.parseInt(values.get("masterStrengthFrom")), Long.parseLong(values.get("minimumSuitability")),
                SameOrganisation.valueOf(values.get("sameOrganisation")), Long.parseLong(values.get("sameOrganisationPenalty")),
                Boolean.parseBoolean(values.get("allowRepeats")), Integer.parseInt(values.get("loadCap")),
                Long.parseLong(values.get("depthWeight")), Long.parseLong(values.get("strengthWeight")),
                Long.parseLong(values.get("priorityBonus")), Long.parseLong(values.get("formatBonus")),
                Long.parseLong(values.get("formatPenalty")), Long.parseLong(values.get("categoryWeight")),
                Long.parseLong(values.get("sameMunicipalityBonus")), coverage, Integer.parseInt(values.get("groupThreshold")));
    }
}
