package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ru.masterskaya.calendar.AcademicYear;

class DocumentNumberTest {

    @Test
    void aNumberReadsAsPrefixAcademicYearAndFourDigits() {
        assertThat(new DocumentNumber(DocumentKind.MASTER_CERTIFICATE, new AcademicYear(2025), 7).text()).isEqualTo("СМ-2025/26-0007");
        assertThat(new DocumentNumber(DocumentKind.PRACTITIONER_STATEMENT, new AcademicYear(2099), 12345).text()).isEqualTo("СП-2099/00-12345");
        assertThat(new DocumentNumber(DocumentKind.PARTICIPANT_CERTIFICATE, new AcademicYear(2026), 1).text()).isEqualTo("СУ-2026/27-0001");
    }

    @Test
    void registersStartAtOne() {
        assertThatThrownBy(() -> new DocumentNumber(DocumentKind.MASTER_CERTIFICATE, new AcademicYear(2025), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKindNamesItsHolderAsMasterPractitionerOrParticipantAndNoneIsAnУдостоверение() {
        assertThat(DocumentKind.MASTER_CERTIFICATE.role().word()).isEqualTo("мастер");
        assertThat(DocumentKind.PRACTITIONER_STATEMENT.role().word()).isEqualTo("практикант");
        assertThat(DocumentKind.PARTICIPANT_CERTIFICATE.role().word()).isEqualTo("участник");
        assertThat(DocumentKind.PRACTITIONER_STATEMENT.showsGrade()).isTrue();
        assertThat(DocumentKind.MASTER_CERTIFICATE.showsGrade()).isFalse();
    }
}
