package ru.masterskaya.practice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which files a pair keeps: at most {@value #MAX_FILES} per entry, each up to 10 MB, of the
 * office and image types teachers exchange. The type is read from the name and checked against the
 * first bytes, and the stored content type comes from this list, never from the browser.
 */
public final class PracticeFileRules {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final int MAX_FILES = 5;

    /** What the file input offers, as its {@code accept} attribute. */
    public static final String ACCEPT = ".pdf,.docx,.xlsx,.pptx,.jpg,.jpeg,.png";

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private record Kind(String contentType, byte[] signature) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "png", new Kind("image/png", PNG));

    private PracticeFileRules() {}

    /** The files worth keeping (blank inputs dropped), each checked; the first bad one refuses them all. */
    public static List<UploadedFile> accept(List<UploadedFile> files) {
        List<UploadedFile> chosen = files.stream().filter(file -> !file.isEmpty()).toList();
        if (chosen.size() > MAX_FILES) {
            throw new PracticeFileRejected(PracticeFileRejected.Reason.TOO_MANY, chosen.get(MAX_FILES).fileName());
        }
        return chosen.stream().map(PracticeFileRules::accept).toList();
    }

    /** The file with its content type from the list, or a refusal naming the file and what is wrong. */
    public static UploadedFile accept(UploadedFile file) {
        String name = baseName(file.fileName());
        if (file.content().length == 0) {
            throw new PracticeFileRejected(PracticeFileRejected.Reason.EMPTY, name);
        }
        if (file.content().length > MAX_BYTES) {
            throw new PracticeFileRejected(PracticeFileRejected.Reason.TOO_LARGE, name);
        }
        Kind kind = KINDS.get(extension(name));
        if (kind == null || !startsWith(file.content(), kind.signature())) {
            throw new PracticeFileRejected(PracticeFileRejected.Reason.WRONG_TYPE, name);
        }
        return new UploadedFile(name, kind.contentType(), file.content());
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
