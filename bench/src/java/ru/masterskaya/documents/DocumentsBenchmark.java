package ru.masterskaya.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.documents.rendering.DocumentFiles;
import ru.masterskaya.documents.review.BookEdition;
import ru.masterskaya.documents.review.BookOfReviewsDocx;
import ru.masterskaya.documents.review.BookOfReviewsPdf;
import ru.masterskaya.documents.template.DocumentTemplates;
import ru.masterskaya.registry.FullName;

/**
 * 1,000 issued certificates and statements rendered into one ZIP of PDFs (target ≤ 30 s), and the
 * book of reviews of 500 reviews as PDF and DOCX (target ≤ 10 s), with the application's templates,
 * fonts and QR codes. Runs only with -Pbench.
 */
@MasterskayaIntegrationTest
class DocumentsBenchmark {

    private static final AcademicYear YEAR = new AcademicYear(2025);
    private static final String[] LAST = {"Иванова", "Петрова", "Смирнова", "Кузнецова", "Соколова", "Попова", "Лебедева", "Козлова"};
    private static final String[] FIRST = {"Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана"};
    private static final String[] MIDDLE = {"Сергеевна", "Александровна", "Викторовна", "Петровна", "Ивановна", "Николаевна"};
    private static final String[] TOPICS = {"Формирующее оценивание на уроке", "Смысловое чтение в основной школе",
        "Проектная деятельность учащихся", "Функциональная грамотность: естественнонаучная", "Цифровые инструменты учителя",
        "Работа с одарёнными детьми", "Инклюзивное образование", "Воспитательная работа классного руководителя",
        "Финансовая грамотность", "Подготовка к ОГЭ по математике", "Читательская грамотность", "Школьный театр",
        "Наставничество молодых педагогов", "Медиаграмотность", "Исследовательская деятельность", "Здоровьесбережение",
        "Профориентация", "Родительские собрания нового формата", "Технологическая карта урока", "Глобальные компетенции"};

    @Autowired
    DocumentFiles files;

    @Autowired
    DocumentTemplates templates;

    @Test
    void renderingAThousandDocumentsIntoOneZipTakesAtMostThirtySeconds() throws IOException {
        List<Document> documents = issuedDocuments(1_000);
        files.zip(documents.subList(0, 40));

        long started = System.nanoTime();
        byte[] zip = files.zip(documents);
        long millis = (System.nanoTime() - started) / 1_000_000;

        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        System.out.printf("BENCH documents: 1,000 PDFs into one ZIP in %,d ms (%.1f ms per document), ZIP %,d KiB; load average %.1f%n", millis,
                millis / 1000.0, zip.length / 1024, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (Document document : documents.subList(0, 100)) {
            files.pdf(document);
        }
        System.out.printf("BENCH documents: one thread, 100 PDFs: %.1f ms CPU and %.1f ms wall per document%n",
                (threads.getCurrentThreadCpuTime() - cpuStart) / 100 / 1e6, (System.nanoTime() - wallStart) / 100 / 1e6);
        assertThat(entries).isEqualTo(1_000);
        assertThat(millis).isLessThanOrEqualTo(30_000);
    }

    @Test
    void theBookOfFiveHundredReviewsIsRenderedInAtMostTenSeconds() throws IOException {
        BookEdition book = book(500);
        BookOfReviewsPdf.render(book(40), "Муниципальная методическая служба");

        long started = System.nanoTime();
        byte[] pdf = BookOfReviewsPdf.render(book, "Муниципальная методическая служба");
        long pdfMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] docx = BookOfReviewsDocx.render(book, "Муниципальная методическая служба");
        long docxMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("BENCH book: %d reviews, PDF %,d ms (%,d KiB, %d pages), DOCX %,d ms (%,d KiB)%n", book.reviewCount(), pdfMillis,
                pdf.length / 1024, DocumentFilesReader.pdfPages(pdf), docxMillis, docx.length / 1024);
        assertThat(book.reviewCount()).isEqualTo(500);
        assertThat(pdfMillis).isLessThanOrEqualTo(10_000);
        assertThat(docxMillis).isLessThanOrEqualTo(10_000);
    }

    private List<Document> issuedDocuments(int count) {
        Random random = new Random(20261123L);
        UUID templateId = templates.current(DocumentKind.PRACTITIONER_STATEMENT).getId();
        UUID certificateTemplateId = templates.current(DocumentKind.MASTER_CERTIFICATE).getId();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DocumentKind kind = i % 2 == 0 ? DocumentKind.MASTER_CERTIFICATE : DocumentKind.PRACTITIONER_STATEMENT;
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            DocumentHolder holder = new DocumentHolder(UUID.randomUUID(), name(random), "holder" + i + "@example.ru", UUID.randomUUID(),
                    "МБОУ СОШ № " + (1 + random.nextInt(40)), UUID.randomUUID(), UUID.randomUUID());
            DocumentSubject subject = new DocumentSubject(UUID.randomUUID(), topic, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 4, 15),
                    new DocumentSubject.Product("Методическая разработка по теме «" + topic + "»", "методическая разработка"),
                    new DocumentSubject.Grade("высокий", 16 + random.nextInt(5), 20, List.of(new GradeCriterion("Соответствие ФГОС", "высокий", 10),
                            new GradeCriterion("Практическая применимость", "средний", 7))));
            Document document = new Document(kind, YEAR, UUID.randomUUID(), holder, subject, Instant.now());
            document.issue(new DocumentNumber(kind, YEAR, i / 2 + 1), kind == DocumentKind.MASTER_CERTIFICATE ? certificateTemplateId : templateId,
                    LocalDate.of(2026, 5, 29), "bench");
            documents.add(document);
        }
        return documents;
    }

    private static BookEdition book(int reviews) {
        Random random = new Random(7L);
        List<BookEdition.Topic> topics = new ArrayList<>();
        int made = 0;
        for (int t = 0; made < reviews; t++) {
            List<BookEdition.Master> masters = new ArrayList<>();
            for (int m = 0; m < 5 && made < reviews; m++) {
                List<BookEdition.Entry> entries = new ArrayList<>();
                for (int e = 0; e < 5 && made < reviews; e++, made++) {
                    FullName author = name(random);
                    entries.add(new BookEdition.Entry(author.initialsFirst(), "Технологическая карта урока № " + made, "методическая разработка",
                            ("За время практики я научилась планировать урок от результата и подбирать задания формирующего оценивания. "
                                    + "Мастер показывал, как выстроить обратную связь, и разбирал со мной каждое занятие. ").repeat(2 + random.nextInt(3))));
                }
                masters.add(new BookEdition.Master(name(random).full(), entries));
            }
            topics.add(new BookEdition.Topic(TOPICS[t % TOPICS.length] + (t >= TOPICS.length ? " (" + (t / TOPICS.length + 1) + ")" : ""), masters));
        }
        return new BookEdition(YEAR, "Городской округ Заречный", topics);
    }

    private static FullName name(Random random) {
        return new FullName(LAST[random.nextInt(LAST.length)], FIRST[random.nextInt(FIRST.length)], MIDDLE[random.nextInt(MIDDLE.length)]);
    }
}
