package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no words of their own, not even placeholder text that Thymeleaf would replace:
 * every visible text comes from the message bundles, so the English locale is complete and a
 * translator never has to read HTML.
 */
class TemplatesTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode text && hasLetters(text.text())) {
                        literals.add(TEMPLATES.relativize(file) + ": «" + text.text().strip() + "»");
                    }
                }, document);
            }
        }
        assertThat(literals).isEmpty();
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
