package ru.masterskaya.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One criterion of the editable rubric masters grade products with, and its levels from lowest to highest. */
@Entity
@Table(name = "practice_rubric_criterion")
public class RubricCriterion {

    @Id
    private UUID id;

    private String name;

    private int position;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_rubric_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {}

    public RubricCriterion(String name, int position, List<RubricLevel> levels) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.position = position;
        this.active = true;
        this.levels.addAll(levels);
    }

    public UUID getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public List<RubricLevel> levels() {
        return List.copyOf(levels);
    }

    public int maxPoints() {
        return levels.stream().mapToInt(RubricLevel::points).max().orElse(0);
    }

    public void change(String newName, List<RubricLevel> newLevels) {
        this.name = newName;
        this.levels.clear();
        this.levels.addAll(newLevels);
    }

    public void setActive(boolean value) {
        this.active = value;
    }

    /** The grade of a product at the level with this index. */
    public CriterionGrade gradeAt(int levelIndex) {
        RubricLevel level = levels.get(levelIndex);
        return new CriterionGrade(name, level.name(), level.points(), maxPoints());
    }
}
