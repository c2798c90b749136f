package ru.masterskaya.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.masterskaya.MasterskayaIntegrationTest;

@MasterskayaIntegrationTest
class AbandonedDiagnosisUploadsIntegrationTest {

    @Autowired
    AbandonedDiagnosisUploads abandoned;

    @Autowired
    DiagnosisUploadRepository uploads;

    @Autowired
    Clock clock;

    @Test
    void anUploadLeftUnconfirmedForMoreThanADayIsDeletedAndAFreshOneIsKept() {
        Instant now = clock.instant();
        DiagnosisUpload stale = uploads.save(upload(now.minus(Duration.ofHours(25))));
        DiagnosisUpload fresh = uploads.save(upload(now.minus(Duration.ofHours(2))));

        abandoned.deleteExpired();

        assertThat(uploads.existsById(stale.getId())).isFalse();
        assertThat(uploads.existsById(fresh.getId())).isTrue();
    }

    private static DiagnosisUpload upload(Instant uploadedAt) {
        return new DiagnosisUpload(DiagnosisUpload.Kind.FORMS, null, "metodist@example.org", uploadedAt, "ответы.csv",
                "Адрес электронной почты\nivanova@example.org\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
