package ru.masterskaya.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One panel of the start page, in the reader's words: a title, a few lines (each may link to where the
 * work is, and may ask for attention), and the way to the whole list.
 */
public record HomePanel(String id, String title, List<Line> lines, @Nullable Link more) {

    public HomePanel {
        lines = List.copyOf(lines);
    }

    /** Whether any line asks for the person's attention, so the panel is shown first among equals. */
    public boolean needsAttention() {
        return lines.stream().anyMatch(Line::attention);
    }

    /** A line: what it says, an optional second line, where it leads, and whether it asks for action. */
    public record Line(String text, @Nullable String detail, @Nullable String href, boolean attention) {}

    public record Link(String label, String href) {}
}
