package ru.masterskaya.matching.run;

/** Only a draft may be changed or published; a published or superseded run stays as it was. */
public class RunNotDraft extends RuntimeException {

    public RunNotDraft(Object id) {
        super("Matching run " + id + " is not a draft");
    }
}
