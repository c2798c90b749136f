package ru.masterskaya.diagnostics.instrument.xlsx;

/** A confirmation whose file no longer passes the check, for instance because a topic was switched off meanwhile. */
public class InstrumentImportRejected extends RuntimeException {

    private final InstrumentImportCheck check;

    InstrumentImportRejected(InstrumentImportCheck check) {
        super("The instrument file has errors");
        this.check = check;
    }

    public InstrumentImportCheck check() {
        return check;
    }
}
