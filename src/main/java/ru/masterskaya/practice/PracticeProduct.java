package ru.masterskaya.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The product the master recorded: its title, kind, and a link or an uploaded file. */
@Embeddable
public record PracticeProduct(
        @Column(name = "product_title") String title,
        @Column(name = "product_kind") String kind,
        @Column(name = "product_link") @Nullable String link,
        @Column(name = "product_file_id") @Nullable UUID fileId) {}
