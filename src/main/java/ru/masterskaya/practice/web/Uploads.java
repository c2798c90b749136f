package ru.masterskaya.practice.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import ru.masterskaya.practice.PracticeFileRejected;
import ru.masterskaya.practice.PracticeFileRules;
import ru.masterskaya.practice.UploadedFile;

/** The files of a journal entry or a product form, as the practice module takes them; empty file inputs are skipped. */
final class Uploads {

    private Uploads() {}

    static List<UploadedFile> of(@Nullable List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).map(Uploads::of).toList();
    }

    static UploadedFile of(MultipartFile file) {
        try {
            return new UploadedFile(Objects.requireNonNullElse(file.getOriginalFilename(), ""),
                    Objects.requireNonNullElse(file.getContentType(), ""), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments of a refused file's message: its name, the size limit in MB and the number of files allowed. */
    static Object[] rejectionArguments(PracticeFileRejected e) {
        return new Object[] {e.fileName(), PracticeFileRules.MAX_BYTES / (1024 * 1024), PracticeFileRules.MAX_FILES};
    }
}
