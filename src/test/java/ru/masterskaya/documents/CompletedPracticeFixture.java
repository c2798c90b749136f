package ru.masterskaya.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.calendar.AcademicYears;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.practice.ReviewPublicationConsentChanged;
import ru.masterskaya.registry.Person;

/**
 * Announces a completed practice (and a changed consent) as the practice module does, by publishing
 * its event inside a transaction, so that the documents module's own tests choose exactly the topics,
 * grades and consents they check. The browser journey ({@link DocumentsJourneyBrowserIntegrationTest})
 * completes a real practice instead.
 */
@TestComponent
public class CompletedPracticeFixture {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AcademicYears years;

    CompletedPracticeFixture(ApplicationEventPublisher events, TransactionTemplate transactions, AcademicYears years) {
        this.events = events;
        this.transactions = transactions;
        this.years = years;
    }

    /** The current academic year, which the register shows unless the user picks another. */
    public AcademicYear year() {
        return years.current();
    }

    /** The practice starts on 1 October of the year ... */
    public LocalDate startedOn() {
        return year().firstDay().plusMonths(1);
    }

    /** ... and ends on 15 April. */
    public LocalDate completedOn() {
        return year().firstDay().plusMonths(7).plusDays(14);
    }

    public PracticeCompleted complete(Person master, Person practitioner, String topicName, boolean consented) {
        return complete(master, practitioner, UUID.nameUUIDFromBytes(topicName.getBytes(java.nio.charset.StandardCharsets.UTF_8)), topicName,
                "Отзыв о практике по теме «" + topicName + "»: мастер помог выстроить работу шаг за шагом.", consented);
    }

    public PracticeCompleted complete(Person master, Person practitioner, UUID topicId, String topicName, String reviewText, boolean consented) {
        PracticeCompleted completed = new PracticeCompleted(UUID.randomUUID(), year(), practitioner.getId(), master.getId(), topicId, topicName,
                startedOn(), completedOn(),
                new PracticeCompleted.Product("Технологическая карта урока по теме «" + topicName + "»", "методическая разработка", null),
                new PracticeCompleted.Grade("высокий", 18, 20,
                        List.of(new PracticeCompleted.CriterionGrade("Соответствие ФГОС", "высокий", 10),
                                new PracticeCompleted.CriterionGrade("Практическая применимость", "средний", 8)),
                        "Продукт готов к применению"),
                new PracticeCompleted.Review(reviewText, consented, consented ? "Согласен на публикацию отзыва в книге отзывов" : null,
                        consented ? Instant.parse("2026-04-15T10:00:00Z") : null, consented ? "192.0.2.10" : null));
        transactions.executeWithoutResult(status -> events.publishEvent(completed));
        return completed;
    }

    /** The same announcement again, as a redelivered event would come. */
    public void republish(PracticeCompleted completed) {
        transactions.executeWithoutResult(status -> events.publishEvent(completed));
    }

    public void changeConsent(PracticeCompleted completed, boolean consented) {
        transactions.executeWithoutResult(status -> events.publishEvent(new ReviewPublicationConsentChanged(completed.pairId(),
                completed.practitionerId(), consented, consented ? "Согласен на публикацию" : null, Instant.parse("2026-05-01T10:00:00Z"),
                "192.0.2.11")));
    }
}
