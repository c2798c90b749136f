package ru.masterskaya.diagnostics.formsimport;

/** A file that cannot be imported at all: empty, not a table, encrypted, too large; the message says why in Russian. */
public class FormsFileRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public FormsFileRejected(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
