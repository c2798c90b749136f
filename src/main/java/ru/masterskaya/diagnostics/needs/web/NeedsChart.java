package ru.masterskaya.diagnostics.needs.web;

import java.util.ArrayList;
import java.util.List;
import ru.masterskaya.diagnostics.needs.NeedsReport;
import ru.masterskaya.diagnostics.needs.TopicNeed;

/**
 * A horizontal bar chart of the ranked topics drawn as SVG on the server: every length is an SVG
 * attribute computed here, because the content security policy forbids inline styles and scripts.
 * A bar's full width is all respondents, its red part the high deficits and its yellow part the medium ones.
 */
public record NeedsChart(int width, int height, int barWidth, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int ROW = 38;
    static final int BAR_HEIGHT = 14;

    public record Bar(String label, int labelY, int barY, int highWidth, int mediumX, int mediumWidth, int valueX, int need, int percent) {}

    static NeedsChart of(NeedsReport report) {
        int barWidth = WIDTH - 70;
        List<Bar> bars = new ArrayList<>();
        int respondents = Math.max(1, report.respondents());
        for (TopicNeed need : report.topics()) {
            int row = bars.size();
            int highWidth = (int) Math.round((double) need.high() * barWidth / respondents);
            int mediumWidth = (int) Math.round((double) need.medium() * barWidth / respondents);
            bars.add(new Bar(need.topic().name(), row * ROW + 12, row * ROW + 17, highWidth, highWidth, mediumWidth,
                    highWidth + mediumWidth + 6, need.need(), need.needPercent()));
        }
        return new NeedsChart(WIDTH, Math.max(ROW, bars.size() * ROW), barWidth, List.copyOf(bars));
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
