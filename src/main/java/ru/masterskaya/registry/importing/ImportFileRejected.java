package ru.masterskaya.registry.importing;

/** The file as a whole cannot be imported; the message key and arguments say why, for the user. */
class ImportFileRejected extends Exception {

    private final String messageKey;
    private final Object[] arguments;

    ImportFileRejected(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
