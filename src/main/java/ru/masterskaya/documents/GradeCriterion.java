package ru.masterskaya.documents;

import java.util.ArrayList;
import java.util.List;

/** One criterion of the master's grade as printed on a statement: the criterion, its level and points. */
public record GradeCriterion(String criterion, String level, int points) {

    private static final String FIELD = "\t";
    private static final String LINE = "\n";

    /** Kept in one column, a line per criterion, as the grade is a snapshot printed as issued. */
    static String store(List<GradeCriterion> criteria) {
        List<String> lines = new ArrayList<>();
        for (GradeCriterion criterion : criteria) {
            lines.add(clean(criterion.criterion()) + FIELD + clean(criterion.level()) + FIELD + criterion.points());
        }
        return String.join(LINE, lines);
    }

    static List<GradeCriterion> read(String stored) {
        List<GradeCriterion> criteria = new ArrayList<>();
        for (String line : stored.split(LINE)) {
            String[] fields = line.split(FIELD, -1);
            if (fields.length == 3) {
                criteria.add(new GradeCriterion(fields[0], fields[1], Integer.parseInt(fields[2])));
            }
        }
        return List.copyOf(criteria);
    }

    /** The criterion as stored and printed: tabs and line breaks become spaces. */
    GradeCriterion cleaned() {
        return new GradeCriterion(clean(criterion), clean(level), points);
    }

    private static String clean(String text) {
        return text.replace(FIELD, " ").replace(LINE, " ").strip();
    }
}
