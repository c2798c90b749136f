package ru.masterskaya.diagnostics.campaign;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;

/** Everything the respondent's pages show: the questions, what is answered so far, and the readiness ticks. */
public record RespondentForm(
        Campaign campaign,
        DiagnosisResponse response,
        InstrumentVersion version,
        Map<UUID, AnswerValue> answers,
        Set<UUID> readyTopics) {

    /** The first item still to answer, where a reopened link continues; free text may stay empty. */
    public Optional<InstrumentItem> firstUnanswered() {
        return version.getItems().stream()
                .filter(item -> item.getKind().isScored() && !answers.containsKey(item.getId()))
                .findFirst();
    }

    public int answeredCount() {
        return (int) version.getItems().stream().filter(item -> answers.containsKey(item.getId())).count();
    }

    public int itemCount() {
        return version.getItems().size();
    }
}
