package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import ru.masterskaya.practice.CriterionGrade;
import ru.masterskaya.practice.GradeParameters;
import ru.masterskaya.practice.RubricCriterion;
import ru.masterskaya.practice.RubricLevel;

/** The level the master chose on each rubric criterion (by the level's index) and the comment. */
class GradeFormData {

    private Map<String, Integer> levels = new LinkedHashMap<>();

    @NotBlank(message = "{gradeForm.comment.required}")
    @Size(max = 2000, message = "{gradeForm.comment.size}")
    private @Nullable String comment;

    /** The grade already given, matched to the current rubric by criterion and level names. */
    static GradeFormData from(List<CriterionGrade> given, @Nullable String comment, List<RubricCriterion> rubric) {
        GradeFormData form = new GradeFormData();
        for (CriterionGrade grade : given) {
            rubric.stream().filter(criterion -> criterion.name().equals(grade.criterion())).findFirst().ifPresent(criterion -> {
                List<RubricLevel> levels = criterion.levels();
                for (int i = 0; i < levels.size(); i++) {
                    if (levels.get(i).name().equals(grade.level())) {
                        form.levels.put(criterion.getId().toString(), i);
                    }
                }
            });
        }
        form.comment = comment;
        return form;
    }

    /** Every criterion needs a level; the error names the criterion. */
    void checkAgainst(List<RubricCriterion> rubric, Errors errors) {
        for (RubricCriterion criterion : rubric) {
            Integer level = levels.get(criterion.getId().toString());
            if (level == null || level < 0 || level >= criterion.levels().size()) {
                errors.reject("gradeForm.level.required", new Object[] {criterion.name()}, null);
            }
        }
    }

    GradeParameters toParameters() {
        Map<UUID, Integer> chosen = new HashMap<>();
        levels.forEach((id, level) -> {
            if (level != null) {
                chosen.put(UUID.fromString(id), level);
            }
        });
        return new GradeParameters(chosen, comment == null ? "" : comment);
    }

    public Map<String, Integer> getLevels() { return levels; }
    public void setLevels(@Nullable Map<String, Integer> levels) { this.levels = levels == null ? new LinkedHashMap<>() : levels; }
    public @Nullable String getComment() { return comment; }
    public void setComment(@Nullable String comment) { this.comment = comment; }
}
