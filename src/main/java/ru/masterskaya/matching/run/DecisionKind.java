package ru.masterskaya.matching.run;

/** What the coordinator decided about a pair: keep it in every next run, or never make it. */
public enum DecisionKind {
    LOCKED,
    FORBIDDEN;

    public String messageKey() {
        return "run.decision." + name();
    }
}
