package ru.masterskaya.diagnostics.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Answer.Key> {

    List<Answer> findByResponseId(java.util.UUID responseId);

    List<Answer> findByResponseIdIn(Collection<java.util.UUID> responseIds);
}
