package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.instrument.SelfRatingScale;
import ru.masterskaya.diagnostics.scoring.Percent;

/**
 * Answers a person of the demo town gives, drawn from their mastery of each topic: self-ratings
 * around it, knowledge questions right as often as it predicts, a wish in the free text now and
 * then, and readiness to be a master on some of the topics they score high in.
 */
final class DemoAnswers {

    /** A finished self-diagnosis: every answer and the topics the person is ready to teach. */
    record Filled(Map<UUID, AnswerValue> answers, Set<UUID> readyTopics) {}

    static final double WISH_SHARE = 0.34;
    static final double EXPERIENCE_SHARE = 0.12;
    static final double READY_SHARE = 0.05;
    static final int MASTER_LEVEL = 81;

    private static final double RATING_NOISE = 0.5;

    private final List<InstrumentItem> items;
    private final Random random;

    DemoAnswers(List<InstrumentItem> items, Random random) {
        this.items = List.copyOf(items);
        this.random = random;
    }

    Filled complete(Map<UUID, Double> skills) {
        Map<UUID, AnswerValue> answers = new LinkedHashMap<>();
        for (InstrumentItem item : items) {
            if (item.getKind().isScored()) {
                answers.put(item.getId(), answer(item, skills.getOrDefault(item.getTopicId(), 0.5)));
            }
        }
        List<InstrumentItem> freeText = items.stream().filter(item -> item.getKind() == ItemKind.FREE_TEXT).toList();
        if (!freeText.isEmpty() && random.nextDouble() < WISH_SHARE) {
            answers.put(freeText.getFirst().getId(), AnswerValue.written(wish(skills)));
        }
        if (freeText.size() > 1 && random.nextDouble() < EXPERIENCE_SHARE) {
            answers.put(freeText.get(1).getId(), AnswerValue.written(pick(DemoWishes.EXPERIENCE)));
        }
        return new Filled(answers, ready(answers));
    }

    /** The first answers of someone who stopped part-way: between a fifth and two thirds of the scored items. */
    Map<UUID, AnswerValue> partial(Map<UUID, Double> skills) {
        List<InstrumentItem> scored = items.stream().filter(item -> item.getKind().isScored()).toList();
        int count = scored.size() / 5 + random.nextInt(scored.size() * 2 / 3 - scored.size() / 5);
        Map<UUID, AnswerValue> answers = new LinkedHashMap<>();
        scored.stream().limit(count)
                .forEach(item -> answers.put(item.getId(), answer(item, skills.getOrDefault(item.getTopicId(), 0.5))));
        return answers;
    }

    private AnswerValue answer(InstrumentItem item, double skill) {
        return switch (item.getKind()) {
            case SELF_RATING -> AnswerValue.chosen(rating(skill));
            case SINGLE_CHOICE -> AnswerValue.chosen(singleChoice(item.getOptions(), skill));
            case MULTIPLE_CHOICE -> new AnswerValue(multipleChoice(item.getOptions(), skill), null);
            case FREE_TEXT -> throw new IllegalArgumentException("Free text is not drawn from a skill");
        };
    }

    private int rating(double skill) {
        long level = Math.round(skill * SelfRatingScale.HIGHEST + random.nextGaussian() * RATING_NOISE);
        return (int) Math.clamp(level, SelfRatingScale.LOWEST, SelfRatingScale.HIGHEST);
    }

    private double rightAnswerChance(double skill) {
        return Math.clamp(0.2 + 0.75 * skill, 0.0, 0.97);
    }

    private int singleChoice(List<ItemOption> options, double skill) {
        int best = IntStream.range(0, options.size()).boxed().max(Comparator.comparingInt(i -> options.get(i).getScore())).orElseThrow();
        if (random.nextDouble() < rightAnswerChance(skill)) {
            return best + 1;
        }
        int other = random.nextInt(options.size() - 1);
        return (other >= best ? other + 1 : other) + 1;
    }

    private List<Integer> multipleChoice(List<ItemOption> options, double skill) {
        double right = rightAnswerChance(skill);
        List<Integer> chosen = new ArrayList<>();
        for (int number = 1; number <= options.size(); number++) {
            boolean correct = options.get(number - 1).getScore() > 0;
            if (random.nextDouble() < (correct ? right : (1 - right) * 0.6)) {
                chosen.add(number);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(1 + random.nextInt(options.size()));
        }
        return chosen;
    }

    private Set<UUID> ready(Map<UUID, AnswerValue> answers) {
        Map<UUID, int[]> totals = new LinkedHashMap<>();
        for (InstrumentItem item : items) {
            AnswerValue answer = answers.get(item.getId());
            if (item.getKind().isScored() && item.getTopicId() != null && answer != null) {
                int[] total = totals.computeIfAbsent(item.getTopicId(), topic -> new int[2]);
                total[0] += item.scoreOf(answer);
                total[1] += item.maxScore();
            }
        }
        Set<UUID> ready = new HashSet<>();
        totals.forEach((topic, total) -> {
            if (Percent.of(total[0], total[1]) >= MASTER_LEVEL && random.nextDouble() < READY_SHARE) {
                ready.add(topic);
            }
        });
        return ready;
    }

    /** Most write about the topic they are weakest in; the rest about something of their own. */
    private String wish(Map<UUID, Double> skills) {
        if (random.nextDouble() < 0.7) {
            Map<UUID, List<String>> byTopic = new HashMap<>();
            DemoWishes.BY_TOPIC.forEach((number, wishes) -> byTopic.put(DemoInstrument.topic(number), wishes));
            return skills.entrySet().stream()
                    .filter(entry -> byTopic.containsKey(entry.getKey()))
                    .min(Map.Entry.<UUID, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(entry -> pick(byTopic.get(entry.getKey())))
                    .orElseGet(() -> pick(DemoWishes.GENERAL));
        }
        return pick(DemoWishes.GENERAL);
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
