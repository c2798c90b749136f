package ru.masterskaya.documents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.calendar.AcademicYear;

/**
 * Takes the next number of a register (kind and academic year) in the caller's transaction. The
 * counter row is updated first, so its row lock keeps a second node waiting until the first commits
 * and then hands it the following number; a rolled-back issue gives its number back.
 */
@Component
class DocumentNumbering {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber next(DocumentKind kind, AcademicYear year) {
        if (increment(kind, year) == 0) {
            createCounter(kind, year);
            if (increment(kind, year) == 0) {
                throw new IllegalStateException("No counter for " + kind + " " + year);
            }
        }
        Integer last = jdbc.queryForObject("SELECT last_number FROM document_number_counter WHERE kind = ? AND academic_year = ?",
                Integer.class, kind.name(), year.startYear());
        return new DocumentNumber(kind, year, last);
    }

    private int increment(DocumentKind kind, AcademicYear year) {
        return jdbc.update("UPDATE document_number_counter SET last_number = last_number + 1 WHERE kind = ? AND academic_year = ?",
                kind.name(), year.startYear());
    }

    /** The first number of a register: the counter row is created apart, as two nodes may race to create it. */
    private void createCounter(DocumentKind kind, AcademicYear year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO document_number_counter (kind, academic_year, last_number) VALUES (?, ?, 0)",
                    kind.name(), year.startYear()));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // another node created it meanwhile: the update takes its turn on that row
        }
    }
}
