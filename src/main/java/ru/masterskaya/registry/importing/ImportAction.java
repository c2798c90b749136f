package ru.masterskaya.registry.importing;

/** What applying a row does to the registry. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED;

    public String messageKey() {
        return "import.action." + name();
    }
}
