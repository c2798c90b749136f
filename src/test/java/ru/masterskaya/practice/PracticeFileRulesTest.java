package ru.masterskaya.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeFileRulesTest {

    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
    static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    static void refused(UploadedFile file, PracticeFileRejected.Reason reason) {
        assertThatThrownBy(() -> PracticeFileRules.accept(file)).isInstanceOfSatisfying(PracticeFileRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }

    @Test
    void theContentTypeComesFromTheListNotFromTheBrowser() {
        UploadedFile accepted = PracticeFileRules.accept(new UploadedFile("C:\\Users\\ivan\\Анализ урока.DOCX", "text/html", DOCX));

        assertThat(accepted.fileName()).isEqualTo("Анализ урока.DOCX");
        assertThat(accepted.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(PracticeFileRules.accept(new UploadedFile("доска.jpeg", "", JPEG)).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aFileWhoseFirstBytesDoNotMatchItsExtensionIsRefused() {
        refused(new UploadedFile("план.pdf", "application/pdf", DOCX), PracticeFileRejected.Reason.WRONG_TYPE);
        refused(new UploadedFile("script.exe", "application/pdf", PDF), PracticeFileRejected.Reason.WRONG_TYPE);
        refused(new UploadedFile("без расширения", "application/pdf", PDF), PracticeFileRejected.Reason.WRONG_TYPE);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        refused(new UploadedFile("пусто.pdf", "application/pdf", new byte[0]), PracticeFileRejected.Reason.EMPTY);
        byte[] large = new byte[(int) PracticeFileRules.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        refused(new UploadedFile("большой.pdf", "application/pdf", large), PracticeFileRejected.Reason.TOO_LARGE);
        byte[] limit = java.util.Arrays.copyOf(large, (int) PracticeFileRules.MAX_BYTES);
        assertThat(PracticeFileRules.accept(new UploadedFile("ровно 10 МБ.pdf", "application/pdf", limit)).content()).hasSize(limit.length);
    }

    @Test
    void blankInputsAreDroppedAndMoreThanFiveFilesAreRefused() {
        UploadedFile blank = new UploadedFile("", "", new byte[0]);
        UploadedFile pdf = new UploadedFile("план.pdf", "application/pdf", PDF);

        assertThat(PracticeFileRules.accept(List.of(blank, pdf))).hasSize(1);
        assertThatThrownBy(() -> PracticeFileRules.accept(Collections.nCopies(PracticeFileRules.MAX_FILES + 1, pdf)))
                .isInstanceOfSatisfying(PracticeFileRejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(PracticeFileRejected.Reason.TOO_MANY));
    }
}
