package ru.masterskaya.registry.importing;

import ru.masterskaya.registry.RegistryScope;

/** A checked file: what the check found, and, when it found no errors, how to apply the rows. */
record PreparedImport(ImportCheck check, Application application) {

    static PreparedImport rejected(ImportCheck check) {
        return new PreparedImport(check, (scope, actor) -> {
            throw new IllegalStateException("A file with errors cannot be applied");
        });
    }

    void apply(RegistryScope scope, String actor) {
        application.apply(scope, actor);
    }

    @FunctionalInterface
    interface Application {
        void apply(RegistryScope scope, String actor);
    }
}
