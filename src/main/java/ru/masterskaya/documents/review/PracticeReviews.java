package ru.masterskaya.documents.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.practice.PracticeCompleted;
import ru.masterskaya.practice.ReviewPublicationConsentChanged;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * Keeps each completed practice's review with its consent, and puts together an edition of the
 * book: only consented reviews, as the consent stands when the edition is made.
 */
@Service
@Transactional(readOnly = true)
public class PracticeReviews {

    private final PracticeReviewRepository reviews;

    PracticeReviews(PracticeReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PracticeCompleted completed, Person master, Person practitioner) {
        if (reviews.existsById(completed.pairId())) {
            return;
        }
        var organisation = practitioner.getOrganisation();
        PracticeReview review = new PracticeReview(completed.pairId(), completed.academicYear(), practitioner.getId(),
                practitioner.getFullName().initialsFirst(), master.getId(), master.getFullName().full(), organisation.getId(),
                organisation.getMunicipality().getId(), organisation.getMunicipality().getRegion().getId(), completed.topicId(),
                completed.topicName(), completed.product().title(), completed.product().kind(), completed.review().text(),
                completed.completedOn());
        PracticeCompleted.Review given = completed.review();
        review.consent(given.publicationConsented(), given.consentText(), given.consentedAt(), given.consentedFrom());
        reviews.save(review);
    }

    @EventListener
    @Transactional
    public void on(ReviewPublicationConsentChanged changed) {
        reviews.findById(changed.pairId())
                .filter(review -> review.getPractitionerId().equals(changed.practitionerId()))
                .ifPresent(review -> review.consent(changed.consented(), changed.consentText(), changed.at(), changed.from()));
    }

    /**
     * The consented reviews of a year in the reader's scope, optionally of one formation (an
     * organisation or a municipality), grouped by topic and then by master, both in alphabetical order.
     */
    public BookEdition edition(AcademicYear year, RegistryScope scope, @Nullable UUID organisationId, @Nullable UUID municipalityId,
            String formationName) {
        Predicate<PracticeReview> inScope = review -> scope.everything() || scope.regionIds().contains(review.getRegionId())
                || scope.municipalityIds().contains(review.getMunicipalityId()) || scope.organisationIds().contains(review.getOrganisationId());
        Predicate<PracticeReview> inFormation = review -> (organisationId == null || organisationId.equals(review.getOrganisationId()))
                && (municipalityId == null || municipalityId.equals(review.getMunicipalityId()));
        Map<String, Map<String, List<PracticeReview>>> grouped = reviews.findByAcademicYearAndConsentedTrue(year.startYear()).stream()
                .filter(inScope.and(inFormation))
                .sorted(Comparator.comparing(PracticeReview::getPractitionerName))
                .collect(Collectors.groupingBy(PracticeReview::getTopicName, TreeMap::new,
                        Collectors.groupingBy(PracticeReview::getMasterName, TreeMap::new, Collectors.toList())));
        List<BookEdition.Topic> topics = grouped.entrySet().stream()
                .map(topic -> new BookEdition.Topic(topic.getKey(), topic.getValue().entrySet().stream()
                        .map(master -> new BookEdition.Master(master.getKey(), master.getValue().stream()
                                .map(review -> new BookEdition.Entry(review.getPractitionerName(), review.getProductTitle(),
                                        review.getProductKind(), review.getReviewText()))
                                .toList()))
                        .toList()))
                .toList();
        return new BookEdition(year, formationName, topics);
    }
}
