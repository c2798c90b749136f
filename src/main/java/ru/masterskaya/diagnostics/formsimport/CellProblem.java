package ru.masterskaya.diagnostics.formsimport;

/** Why one cell cannot be read as its answer; the key names a message of the formsimport bundle. */
public class CellProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CellProblem(String messageKey, Object... arguments) {
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
