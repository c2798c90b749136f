package ru.masterskaya.diagnostics.instrument.xlsx;

/** A file that cannot be read as instrument questions at all; the message key is in the «instruments» bundle. */
public class InstrumentFileRejected extends Exception {

    private final String messageKey;
    private final Object[] arguments;

    InstrumentFileRejected(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
