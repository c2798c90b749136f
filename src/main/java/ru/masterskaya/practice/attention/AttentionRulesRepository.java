package ru.masterskaya.practice.attention;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttentionRulesRepository extends JpaRepository<AttentionRules, UUID> {}
