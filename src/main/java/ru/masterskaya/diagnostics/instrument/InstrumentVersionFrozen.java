package ru.masterskaya.diagnostics.instrument;

/** A version that a campaign has used cannot change; a new version has to be made instead. */
public class InstrumentVersionFrozen extends RuntimeException {

    public InstrumentVersionFrozen(InstrumentVersion version) {
        super("Instrument version " + version.getId() + " is frozen");
    }
}
