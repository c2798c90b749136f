package ru.masterskaya.documents.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeReviewRepository extends JpaRepository<PracticeReview, UUID> {

    List<PracticeReview> findByAcademicYearAndConsentedTrue(int academicYear);
}
