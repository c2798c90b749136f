package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.RunningNode;
import ru.masterskaya.calendar.AcademicYear;

/** Two nodes on one PostgreSQL take numbers of the same register at once: no number twice, none skipped. */
@MasterskayaIntegrationTest
class DocumentNumberingIntegrationTest {

    @Autowired
    DocumentNumbering numbering;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoNodesTakingNumbersOfOneRegisterAtOnceGetEachNumberExactlyOnce() throws Exception {
        AcademicYear year = new AcademicYear(2040 + RegistryFixturesYear.next());
        try (RunningNode second = RunningNode.start()) {
            DocumentNumbering otherNode = second.bean(DocumentNumbering.class);
            TransactionTemplate here = new TransactionTemplate(transactions);
            TransactionTemplate there = new TransactionTemplate(second.bean(PlatformTransactionManager.class));
            int perNode = 25;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Integer>>> runs = new ArrayList<>();
                for (int worker = 0; worker < 4; worker++) {
                    boolean first = worker % 2 == 0;
                    Callable<List<Integer>> taking = () -> IntStream.range(0, perNode / 2 + 1)
                            .mapToObj(i -> {
                                Integer taken = (first ? here : there).execute(status ->
                                        (first ? numbering : otherNode).next(DocumentKind.MASTER_CERTIFICATE, year).sequence());
                                return taken;
                            })
                            .toList();
                    runs.add(pool.submit(taking));
                }
                List<Integer> all = new ArrayList<>();
                for (Future<List<Integer>> run : runs) {
                    all.addAll(run.get());
                }
                assertThat(all).doesNotHaveDuplicates();
                assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aRolledBackIssueGivesItsNumberBackAndRegistersOfOtherKindsCountApart() {
        AcademicYear year = new AcademicYear(2040 + RegistryFixturesYear.next());
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        String first = transaction.execute(status -> numbering.next(DocumentKind.MASTER_CERTIFICATE, year).text());
        transaction.executeWithoutResult(status -> {
            numbering.next(DocumentKind.MASTER_CERTIFICATE, year);
            status.setRollbackOnly();
        });
        Integer afterRollback = transaction.execute(status -> numbering.next(DocumentKind.MASTER_CERTIFICATE, year).sequence());
        String otherKind = transaction.execute(status -> numbering.next(DocumentKind.PRACTITIONER_STATEMENT, year).text());
        Integer nextYear = transaction.execute(status -> numbering.next(DocumentKind.MASTER_CERTIFICATE, year.next()).sequence());

        assertThat(first).isEqualTo("СМ-" + year.shortLabel() + "-0001");
        assertThat(afterRollback).isEqualTo(2);
        assertThat(otherKind).isEqualTo("СП-" + year.shortLabel() + "-0001");
        assertThat(nextYear).isEqualTo(1);
    }

    /** Each test takes registers of its own far-future year, so reruns on one database start from 1. */
    static final class RegistryFixturesYear {

        private static int last = (int) (System.nanoTime() % 40);

        static synchronized int next() {
            last = (last + 2) % 58;
            return last;
        }
    }
}
