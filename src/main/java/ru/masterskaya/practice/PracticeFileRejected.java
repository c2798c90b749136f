package ru.masterskaya.practice;

/** A file the pair does not take: nothing of the change it came with was saved. */
public class PracticeFileRejected extends RuntimeException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        WRONG_TYPE,
        TOO_MANY;

        public String messageKey() {
            return "practiceFile.rejected." + name();
        }
    }

    private final Reason reason;
    private final String fileName;

    public PracticeFileRejected(Reason reason, String fileName) {
        super(reason + ": " + fileName);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
