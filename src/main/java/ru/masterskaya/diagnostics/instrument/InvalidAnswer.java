package ru.masterskaya.diagnostics.instrument;

/** An answer that does not fit its item: an unknown option, two options for a single choice, a too long text. */
public class InvalidAnswer extends RuntimeException {

    private final String messageKey;

    public InvalidAnswer(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the Russian message in the self-diagnosis bundle. */
    public String messageKey() {
        return messageKey;
    }
}
