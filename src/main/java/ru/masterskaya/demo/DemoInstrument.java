package ru.masterskaya.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;

/**
 * The instrument of the demo campaigns, read from {@code demo/self-diagnosis-instrument.txt}: its
 * items are kept as text so that a methodologist can read and correct them without reading Java.
 */
final class DemoInstrument {

    static final String TITLE = "Самодиагностика профессиональных дефицитов педагога";

    static final String DESCRIPTION = "Самооценка по темам профессионального стандарта педагога и методических рекомендаций Р-201: "
            + "предметный, методический, психолого-педагогический, коммуникативный, нормативно-правовой и управленческий "
            + "блоки. Оцените каждое утверждение честно: результаты нужны, чтобы спланировать методическую поддержку.";

    static final String RESOURCE = "/demo/self-diagnosis-instrument.txt";

    private static final String TOPIC_ID_PREFIX = "7d0c1a00-0000-4000-8000-000000000";

    private DemoInstrument() {}

    static List<ItemDraft> items() {
        try (InputStream stream = DemoInstrument.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeded catalogue topic whose id ends in these three digits, such as 201 for «Проектный хакатон». */
    static UUID topic(int number) {
        return UUID.fromString(TOPIC_ID_PREFIX + number);
    }

    static List<ItemDraft> parse(String text) {
        List<ItemDraft> items = new ArrayList<>();
        UUID topic = null;
        ItemKind kind = null;
        String question = null;
        List<ItemOption> options = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : text.split("\n")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") || line.contains(":") && !raw.startsWith(" ")) {
                if (kind != null) {
                    items.add(draft(kind, topic, question, options));
                    kind = null;
                    options = new ArrayList<>();
                }
                if (line.startsWith("[")) {
                    String number = line.substring(1, line.indexOf(']'));
                    topic = number.equals("-") ? null : topic(Integer.parseInt(number));
                    continue;
                }
                int colon = line.indexOf(':');
                kind = kindOf(line.substring(0, colon), lineNumber);
                question = line.substring(colon + 1).strip();
            } else {
                int bar = line.indexOf('|');
                if (kind == null || bar < 0) {
                    throw new IllegalStateException("Line " + lineNumber + " of " + RESOURCE + " is neither an item nor an option");
                }
                options.add(new ItemOption(line.substring(bar + 1).strip(), Integer.parseInt(line.substring(0, bar).strip())));
            }
        }
        if (kind != null) {
            items.add(draft(kind, topic, question, options));
        }
        return List.copyOf(items);
    }

    private static ItemDraft draft(ItemKind kind, @Nullable UUID topic, @Nullable String question, List<ItemOption> options) {
        return new ItemDraft(kind, topic, java.util.Objects.requireNonNull(question), options);
    }

    private static ItemKind kindOf(String word, int lineNumber) {
        return switch (word) {
            case "rating" -> ItemKind.SELF_RATING;
            case "single" -> ItemKind.SINGLE_CHOICE;
            case "multiple" -> ItemKind.MULTIPLE_CHOICE;
            case "text" -> ItemKind.FREE_TEXT;
            default -> throw new IllegalStateException("Line " + lineNumber + " of " + RESOURCE + ": unknown item kind «" + word + "»");
        };
    }
}
