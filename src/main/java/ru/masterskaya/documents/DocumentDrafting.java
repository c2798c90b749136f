package ru.masterskaya.documents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.documents.review.PracticeReviews;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;

/**
 * Drafts the master's certificate and the practitioner's statement when a practice is completed, in
 * the transaction that completes it (so a completion never loses its documents), and issues them at
 * once where the territory's coordinator turned that on. A second announcement of the same pair
 * drafts nothing new.
 */
@Component
class DocumentDrafting {

    private final DocumentRepository documents;
    private final DocumentRegister register;
    private final IssueSettings settings;
    private final PersonRepository people;
    private final PracticeReviews reviews;
    private final Clock clock;

    DocumentDrafting(DocumentRepository documents, DocumentRegister register, IssueSettings settings, PersonRepository people,
            PracticeReviews reviews, Clock clock) {
        this.documents = documents;
        this.register = register;
        this.settings = settings;
        this.people = people;
        this.reviews = reviews;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(PracticeCompleted completed) {
        Person master = person(completed.masterId());
        Person practitioner = person(completed.practitionerId());
        reviews.record(completed, master, practitioner);
        if (!documents.findByPairId(completed.pairId()).isEmpty()) {
            return;
        }
        DocumentSubject subject = subject(completed);
        List<Document> drafted = List.of(
                new Document(DocumentKind.MASTER_CERTIFICATE, completed.academicYear(), completed.pairId(), DocumentHolder.of(master), subject,
                        clock.instant()),
                new Document(DocumentKind.PRACTITIONER_STATEMENT, completed.academicYear(), completed.pairId(), DocumentHolder.of(practitioner),
                        subject, clock.instant()));
        for (Document document : documents.saveAll(drafted)) {
            if (settings.automaticFor(document.getMunicipalityId(), document.getRegionId())) {
                register.issue(document, DocumentRegister.AUTOMATIC);
            }
        }
    }

    private Person person(UUID id) {
        return people.findWithOrganisationById(id).orElseThrow(() -> new IllegalStateException("No person " + id + " in the registry"));
    }

    private static DocumentSubject subject(PracticeCompleted completed) {
        PracticeCompleted.Grade grade = completed.grade();
        return new DocumentSubject(completed.topicId(), completed.topicName(), completed.startedOn(), completed.completedOn(),
                new DocumentSubject.Product(completed.product().title(), completed.product().kind()),
                new DocumentSubject.Grade(grade.level(), grade.points(), grade.maxPoints(), grade.criteria().stream()
                        .map(criterion -> new GradeCriterion(criterion.criterion(), criterion.level(), criterion.points())).toList()));
    }
}
