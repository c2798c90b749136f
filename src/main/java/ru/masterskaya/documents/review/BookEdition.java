package ru.masterskaya.documents.review;

import java.util.List;
import ru.masterskaya.calendar.AcademicYear;

/** One edition of the book of reviews: the year, the formation it covers, and its reviews by topic and master. */
public record BookEdition(AcademicYear year, String formationName, List<Topic> topics) {

    public record Topic(String name, List<Master> masters) {}

    public record Master(String name, List<Entry> entries) {}

    /** A review as printed: its author as «И.О. Фамилия», the product of the practice, the text. */
    public record Entry(String author, String productTitle, String productKind, String text) {}

    public int reviewCount() {
        return topics.stream().flatMap(topic -> topic.masters().stream()).mapToInt(master -> master.entries().size()).sum();
    }
}
