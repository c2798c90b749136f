package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level a master gave the product on one rubric criterion, copied as words so later rubric edits do not change it. */
@Embeddable
public record CriterionGrade(
        @Column(name = "criterion") String criterion,
        @Column(name = "level_name") String level,
        @Column(name = "points") int points,
        @Column(name = "max_points") int maxPoints) {}
