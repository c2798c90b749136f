package ru.masterskaya.documents.rendering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.Document;
import ru.masterskaya.documents.DocumentKind;
import ru.masterskaya.documents.GradeCriterion;
import ru.masterskaya.documents.template.DocumentTemplate;
import ru.masterskaya.documents.template.Signer;

/**
 * Everything a document prints, in the words it prints them: the template version's texts with the
 * topic, period and year put in, and the document's snapshot. PDF and DOCX render the same object.
 */
public record PrintedDocument(
        DocumentKind kind,
        String title,
        String issuerName,
        byte @Nullable [] logo,
        String accentColour,
        @Nullable String number,
        @Nullable LocalDate issuedOn,
        String holderFullName,
        String roleWord,
        String preamble,
        String body,
        @Nullable String closing,
        String topicName,
        String period,
        @Nullable String product,
        @Nullable String grade,
        List<GradeCriterion> criteria,
        List<Signer> signers,
        String verificationUrl,
        boolean revoked) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public static PrintedDocument of(Document document, DocumentTemplate template, String verificationUrl) {
        String product = document.getProductTitle() == null ? null
                : document.getProductKind() == null || document.getProductKind().isBlank() ? "«" + document.getProductTitle() + "»"
                : "«" + document.getProductTitle() + "» (" + document.getProductKind() + ")";
        String grade = document.getGradeLevel() == null ? null
                : document.getGradeLevel() + ", " + document.getGradePoints() + " из " + document.getGradeMaxPoints() + " баллов";
        return of(document.getKind(), template, document.getNumber(), document.getIssuedOn(), document.getHolderName().full(),
                document.getTopicName(), document.getAcademicYear(), document.getStartedOn(), document.getCompletedOn(), product, grade,
                document.getGradeCriteria(), verificationUrl, document.getStatus().isIssuedOnce() && document.getRevokedOn() != null);
    }

    /** The template filled with invented data, for its preview. */
    public static PrintedDocument sample(DocumentTemplate template, String verificationUrl) {
        AcademicYear year = new AcademicYear(2025);
        return of(template.getKind(), template, template.getKind().prefix() + "-" + year.shortLabel() + "-0001", LocalDate.of(2026, 5, 29),
                "Иванова Мария Петровна", "Проектирование урока в логике ФГОС", year, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 5, 20),
                template.getKind().showsProduct() ? "«Технологическая карта урока» (методическая разработка)" : null,
                template.getKind().showsGrade() ? "высокий, 18 из 20 баллов" : null,
                template.getKind().showsGrade()
                        ? List.of(new GradeCriterion("Соответствие ФГОС", "высокий", 10), new GradeCriterion("Практическая применимость", "высокий", 8))
                        : List.of(),
                verificationUrl, false);
    }

    private static PrintedDocument of(DocumentKind kind, DocumentTemplate template, @Nullable String number, @Nullable LocalDate issuedOn,
            String holder, String topic, AcademicYear year, LocalDate from, LocalDate to, @Nullable String product, @Nullable String grade,
            List<GradeCriterion> criteria, String verificationUrl, boolean revoked) {
        String period = "с " + DATE.format(from) + " по " + DATE.format(to);
        String body = template.getBody()
                .replace("{тема}", topic)
                .replace("{период}", period)
                .replace("{год}", year.label());
        return new PrintedDocument(kind, template.getTitle(), template.getIssuerName(), template.getLogo(), template.getAccentColour(), number,
                issuedOn, holder, kind.role().word(), template.getPreamble(), body, template.getClosing(), topic, period, product, grade,
                List.copyOf(criteria), template.getSigners(), verificationUrl, revoked);
    }

    public String issuedOnText() {
        return issuedOn == null ? "" : DATE.format(issuedOn);
    }
}
