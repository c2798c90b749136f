package ru.masterskaya.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.masterskaya.MasterskayaIntegrationTest;

@MasterskayaIntegrationTest
class AbandonedUploadsIntegrationTest {

    @Autowired
    AbandonedUploads abandonedUploads;

    @Autowired
    ImportUploadRepository uploads;

    @Autowired
    Clock clock;

    @Test
    void uploadsLeftUnconfirmedForMoreThanADayAreDeletedAndFresherOnesKept() {
        var forgotten = uploads.save(upload("forgotten@example.ru", Duration.ofHours(25)));
        var inPreview = uploads.save(upload("previewing@example.ru", Duration.ofHours(2)));

        abandonedUploads.deleteExpired();

        assertThat(uploads.findById(forgotten.getId())).isEmpty();
        assertThat(uploads.findById(inPreview.getId())).isPresent();
    }

    private ImportUpload upload(String uploadedBy, Duration age) {
        return new ImportUpload(ImportKind.PEOPLE, uploadedBy, clock.instant().minus(age),
                new UploadedFile("staff.xlsx", new byte[] {1, 2, 3}));
    }
}
