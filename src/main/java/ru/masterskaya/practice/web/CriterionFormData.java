package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.practice.RubricLevel;

/** A rubric criterion with its levels from lowest to highest; empty level rows are ignored, each error names its row. */
class CriterionFormData {

    static final int ROWS = 5;

    @NotBlank(message = "{criterionForm.name.required}")
    @Size(max = 300, message = "{criterionForm.name.size}")
    private @Nullable String name;

    private List<LevelRow> levels = new ArrayList<>();

    CriterionFormData() {
        padded();
    }

    static CriterionFormData from(RubricCriterion criterion) {
        CriterionFormData form = new CriterionFormData();
        form.name = criterion.name();
        form.levels = new ArrayList<>();
        for (RubricLevel level : criterion.levels()) {
            form.levels.add(new LevelRow(level.name(), level.points(), level.description()));
        }
        form.padded();
        return form;
    }

    CriterionFormData padded() {
        while (levels.size() < ROWS) {
            levels.add(new LevelRow());
        }
        return this;
    }

    void checkLevels(Errors errors) {
        int filled = 0;
        for (int i = 0; i < levels.size(); i++) {
            LevelRow row = levels.get(i);
            if (row.isBlank()) {
                continue;
            }
            filled++;
            Object[] rowNumber = {i + 1};
            if (row.name == null || row.name.isBlank()) {
                errors.reject("criterionForm.level.name.required", rowNumber, null);
            } else if (row.name.strip().length() > 200) {
                errors.reject("criterionForm.level.name.size", rowNumber, null);
            }
            if (row.points == null || row.points < 0 || row.points > 100) {
                errors.reject("criterionForm.level.points.range", rowNumber, null);
            }
            if (row.description != null && row.description.strip().length() > 1000) {
                errors.reject("criterionForm.level.description.size", rowNumber, null);
            }
        }
        if (filled < 2) {
            errors.reject("criterionForm.levels.tooFew");
        }
    }

    List<RubricLevel> toLevels() {
        return levels.stream().filter(row -> !row.isBlank())
                .map(row -> new RubricLevel(row.name == null ? "" : row.name.strip(), row.points == null ? 0 : row.points,
                        row.description == null ? "" : row.description.strip()))
                .toList();
    }

    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public List<LevelRow> getLevels() { return levels; }
    public void setLevels(@Nullable List<LevelRow> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }

    public static class LevelRow {

        private @Nullable String name;
        private @Nullable Integer points;
        private @Nullable String description;

        public LevelRow() {}

        LevelRow(String name, int points, String description) {
            this.name = name;
            this.points = points;
            this.description = description;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && points == null && (description == null || description.isBlank());
        }

        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable Integer getPoints() { return points; }
        public void setPoints(@Nullable Integer points) { this.points = points; }
        public @Nullable String getDescription() { return description; }
        public void setDescription(@Nullable String description) { this.description = description; }
    }
}
