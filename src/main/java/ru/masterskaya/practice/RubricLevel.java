package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A level of a rubric criterion: its name, points, and what it looks like in the product. */
@Embeddable
public record RubricLevel(
        @Column(name = "name") String name,
        @Column(name = "points") int points,
        @Column(name = "description") String description) {}
