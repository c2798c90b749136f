package ru.masterskaya.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable lists of the practice: reasons a pair ends early or is declined, and the rubric
 * products are graded with. Nothing is deleted, as finished pairs point at reasons and copied the
 * rubric's words: entries are renamed, changed, or deactivated and brought back.
 */
@Service
@Transactional(readOnly = true)
public class PracticeSettings {

    private final EndReasonRepository reasons;
    private final RubricCriterionRepository rubric;

    PracticeSettings(EndReasonRepository reasons, RubricCriterionRepository rubric) {
        this.reasons = reasons;
        this.rubric = rubric;
    }

    public List<EndReason> endReasons() {
        return reasons.findAllByOrderByPosition();
    }

    public List<EndReason> activeEndReasons() {
        return endReasons().stream().filter(EndReason::active).toList();
    }

    public Map<UUID, String> endReasonNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        endReasons().forEach(reason -> names.put(reason.getId(), reason.name()));
        return names;
    }

    @Transactional
    public EndReason addEndReason(String name) {
        String clean = name.strip();
        requireUnusedReason(clean, null);
        int next = endReasons().stream().mapToInt(EndReason::position).max().orElse(0) + 1;
        return reasons.save(new EndReason(clean, next));
    }

    @Transactional
    public void renameEndReason(UUID id, String name) {
        String clean = name.strip();
        requireUnusedReason(clean, id);
        reason(id).rename(clean);
    }

    @Transactional
    public void setEndReasonActive(UUID id, boolean active) {
        reason(id).setActive(active);
    }

    public List<RubricCriterion> rubric() {
        return rubric.findAllByOrderByPosition();
    }

    public RubricCriterion criterion(UUID id) {
        return rubric.findById(id).orElseThrow(() -> new PracticeSettingNotFound(id));
    }

    @Transactional
    public RubricCriterion addCriterion(String name, List<RubricLevel> levels) {
        String clean = name.strip();
        requireUnusedCriterion(clean, null);
        int next = rubric().stream().mapToInt(RubricCriterion::position).max().orElse(0) + 1;
        return rubric.save(new RubricCriterion(clean, next, levels));
    }

    @Transactional
    public void changeCriterion(UUID id, String name, List<RubricLevel> levels) {
        String clean = name.strip();
        requireUnusedCriterion(clean, id);
        criterion(id).change(clean, levels);
    }

    @Transactional
    public void setCriterionActive(UUID id, boolean active) {
        criterion(id).setActive(active);
    }

    private EndReason reason(UUID id) {
        return reasons.findById(id).orElseThrow(() -> new PracticeSettingNotFound(id));
    }

    private void requireUnusedReason(String name, @org.jspecify.annotations.Nullable UUID except) {
        if (endReasons().stream().anyMatch(reason -> !reason.getId().equals(except) && reason.name().equalsIgnoreCase(name))) {
            throw new PracticeNameAlreadyUsed(name);
        }
    }

    private void requireUnusedCriterion(String name, @org.jspecify.annotations.Nullable UUID except) {
        if (rubric().stream().anyMatch(criterion -> !criterion.getId().equals(except) && criterion.name().equalsIgnoreCase(name))) {
            throw new PracticeNameAlreadyUsed(name);
        }
    }
}
