package ru.masterskaya.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

    List<CheckIn> findByPairIdOrderByAnsweredAtDesc(UUID pairId);
}
