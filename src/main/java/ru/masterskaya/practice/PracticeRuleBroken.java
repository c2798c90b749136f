package ru.masterskaya.practice;

/** A change the pair refuses because it breaks one of its rules; nothing was changed. */
public class PracticeRuleBroken extends RuntimeException {

    private final PracticeRule rule;

    public PracticeRuleBroken(PracticeRule rule) {
        super(rule.name());
        this.rule = rule;
    }

    public PracticeRule rule() {
        return rule;
    }
}
