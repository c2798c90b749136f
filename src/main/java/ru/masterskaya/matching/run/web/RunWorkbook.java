package ru.masterskaya.matching.run.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import ru.masterskaya.matching.run.PersonCard;
import ru.masterskaya.matching.run.RunView;
import ru.masterskaya.matching.run.StoredGroup;
import ru.masterskaya.matching.run.StoredPair;
import ru.masterskaya.matching.solver.PairExplanations;

/** The pairs and group proposals of a run as an XLSX workbook for the coordinator's own planning. */
final class RunWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    RunWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(RunView view, Function<java.util.UUID, String> topicNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet pairs = workbook.createSheet(text("run.export.pairs"));
            header(pairs, "run.column.practitioner", "run.column.practitionerOrganisation", "run.column.master", "run.column.masterOrganisation",
                    "run.column.topic", "run.column.score", "run.column.explanation");
            int row = 1;
            PairExplanations explanations = new PairExplanations(messages, topicNames);
            for (StoredPair pair : view.pairs()) {
                PersonCard practitioner = view.person(pair.practitionerId());
                PersonCard master = view.person(pair.masterId());
                Row line = pairs.createRow(row++);
                line.createCell(0).setCellValue(practitioner.name());
                line.createCell(1).setCellValue(practitioner.organisationName());
                line.createCell(2).setCellValue(master.name());
                line.createCell(3).setCellValue(master.organisationName());
                line.createCell(4).setCellValue(topicNames.apply(pair.topicId()));
                line.createCell(5).setCellValue(pair.score() / 100.0);
                line.createCell(6).setCellValue(explanations.explain(pair.toPairScore(), locale));
            }
            Sheet groups = workbook.createSheet(text("run.export.groups"));
            header(groups, "run.column.topic", "run.column.format", "run.column.practitioners", "run.column.hosts");
            row = 1;
            for (StoredGroup group : view.groups()) {
                Row line = groups.createRow(row++);
                line.createCell(0).setCellValue(topicNames.apply(group.topicId()));
                line.createCell(1).setCellValue(text(group.format().messageKey()));
                line.createCell(2).setCellValue(names(view, group.practitioners()));
                line.createCell(3).setCellValue(names(view, group.hosts()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String points(long hundredths, Locale locale) {
        return PairExplanations.points(hundredths, locale);
    }

    private static String names(RunView view, List<java.util.UUID> ids) {
        return ids.stream().map(view::person).filter(java.util.Objects::nonNull).map(PersonCard::name).collect(Collectors.joining(", "));
    }

    private void header(Sheet sheet, String... keys) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            header.createCell(i).setCellValue(text(keys[i]));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
