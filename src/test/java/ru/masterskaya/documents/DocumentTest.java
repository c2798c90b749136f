package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.registry.FullName;

/** The life of a document: drafted, issued once, revoked with a reason or superseded, never back. */
class DocumentTest {

    static final AcademicYear YEAR = new AcademicYear(2025);
    static final LocalDate DAY = LocalDate.of(2026, 5, 29);

    @Test
    void aDraftIsIssuedOnceWithItsNumberTemplateDateAndSigner() {
        Document document = draft(DocumentKind.PRACTITIONER_STATEMENT);
        UUID template = UUID.randomUUID();

        document.issue(new DocumentNumber(DocumentKind.PRACTITIONER_STATEMENT, YEAR, 3), template, DAY, "metodist@example.ru");

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(document.getNumber()).isEqualTo("СП-2025/26-0003");
        assertThat(document.getTemplateId()).isEqualTo(template);
        assertThatThrownBy(() -> document.issue(new DocumentNumber(DocumentKind.PRACTITIONER_STATEMENT, YEAR, 4), template, DAY, "x"))
                .isInstanceOf(DocumentNotInThatState.class);
    }

    @Test
    void onlyAnIssuedDocumentIsRevokedAndItKeepsItsNumber() {
        Document document = draft(DocumentKind.MASTER_CERTIFICATE);
        assertThatThrownBy(() -> document.revoke("причина", DAY, "x")).isInstanceOf(DocumentNotInThatState.class);

        document.issue(new DocumentNumber(DocumentKind.MASTER_CERTIFICATE, YEAR, 1), UUID.randomUUID(), DAY, "x");
        document.revoke("  Ошибка в ФИО ", DAY.plusDays(1), "y");

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.REVOKED);
        assertThat(document.getRevocationReason()).isEqualTo("Ошибка в ФИО");
        assertThat(document.getRevokedOn()).isEqualTo(DAY.plusDays(1));
        assertThat(document.getNumber()).isEqualTo("СМ-2025/26-0001");
        assertThatThrownBy(() -> document.revoke("снова", DAY, "y")).isInstanceOf(DocumentNotInThatState.class);
    }

    @Test
    void aSuccessorCarriesTheSameContentUnderANewCodeAndTheOldOneIsSuperseded() {
        Document document = draft(DocumentKind.PRACTITIONER_STATEMENT);
        document.issue(new DocumentNumber(DocumentKind.PRACTITIONER_STATEMENT, YEAR, 1), UUID.randomUUID(), DAY, "x");

        Document successor = document.successor(Instant.now());
        document.supersede(successor, DAY, "x");

        assertThat(successor.getStatus()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(successor.getSupersedesId()).isEqualTo(document.getId());
        assertThat(successor.getVerificationCode()).isNotEqualTo(document.getVerificationCode());
        assertThat(successor.getGradeCriteria()).isEqualTo(document.getGradeCriteria());
        assertThat(successor.getHolderName()).isEqualTo(document.getHolderName());
        assertThat(document.getStatus()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(document.getSupersededById()).isEqualTo(successor.getId());
    }

    @Test
    void aCertificateOfAMasterCarriesNoGradeAndAStatementCarriesEveryCriterion() {
        assertThat(draft(DocumentKind.MASTER_CERTIFICATE).getGradeLevel()).isNull();
        assertThat(draft(DocumentKind.PRACTITIONER_STATEMENT).getGradeCriteria())
                .containsExactly(new GradeCriterion("Соответствие\tФГОС", "высокий", 10).cleaned(), new GradeCriterion("Применимость", "средний", 8));
    }

    @Test
    void verificationCodesAreLongRandomAndWellFormed() {
        String code = draft(DocumentKind.MASTER_CERTIFICATE).getVerificationCode();

        assertThat(code).hasSize(43);
        assertThat(VerificationCodes.isWellFormed(code)).isTrue();
        assertThat(VerificationCodes.isWellFormed("СМ-2025/26-0001")).isFalse();
        assertThat(draft(DocumentKind.MASTER_CERTIFICATE).getVerificationCode()).isNotEqualTo(code);
    }

    static Document draft(DocumentKind kind) {
        DocumentHolder holder = new DocumentHolder(UUID.randomUUID(), new FullName("Иванова", "Мария", "Петровна"), "m@example.ru",
                UUID.randomUUID(), "МБОУ СОШ № 1", UUID.randomUUID(), UUID.randomUUID());
        DocumentSubject subject = new DocumentSubject(UUID.randomUUID(), "Смысловое чтение", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 4, 15),
                new DocumentSubject.Product("Технологическая карта", "разработка"),
                new DocumentSubject.Grade("высокий", 18, 20, List.of(new GradeCriterion("Соответствие\tФГОС", "высокий", 10),
                        new GradeCriterion("Применимость", "средний", 8))));
        return new Document(kind, YEAR, UUID.randomUUID(), holder, subject, Instant.now());
    }
}
