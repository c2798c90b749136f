package ru.masterskaya.matching.solver;

/**
 * Group formats for demand that pairs cannot carry, chosen by group size (see {@link #forGroupOf(int)}).
 */
public enum GroupFormat {
    CONSULTATION,
    MASTER_CLASS,
    WORKSHOP_SEMINAR,
    BUSINESS_GAME,
    HACKATHON,
    FORESIGHT_SESSION;

    /**
     * The documented rule: 1–2 people a консультация, 3–5 a мастер-класс, 6–12 a семинар-практикум,
     * 13–20 a деловая игра (teams need a dozen or more), 21–40 a хакатон, more a форсайт-сессия.
     */
    public static GroupFormat forGroupOf(int size) {
        if (size <= 2) {
            return CONSULTATION;
        }
        if (size <= 5) {
            return MASTER_CLASS;
        }
        if (size <= 12) {
            return WORKSHOP_SEMINAR;
        }
        if (size <= 20) {
            return BUSINESS_GAME;
        }
        if (size <= 40) {
            return HACKATHON;
        }
        return FORESIGHT_SESSION;
    }

    public String messageKey() {
        return "matching.groupFormat." + name();
    }
}
