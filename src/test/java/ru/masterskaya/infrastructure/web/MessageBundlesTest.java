package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle named in {@code spring.messages.basename} has the same keys in Russian and English. */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyKeyExistsInRussianAndInEnglish() throws IOException {
        for (String bundle : bundles()) {
            Set<String> russian = keys(MESSAGES.resolve(bundle + ".properties"));
            Set<String> english = keys(MESSAGES.resolve(bundle + "_en.properties"));

            assertThat(difference(russian, english)).as("keys of %s missing in English", bundle).isEmpty();
            assertThat(difference(english, russian)).as("keys of %s missing in Russian", bundle).isEmpty();
        }
    }

    @Test
    void everyBundleFileIsListedInTheApplicationSettings() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            List<String> onDisk = files.map(path -> path.getFileName().toString())
                    .filter(name -> !name.contains("_"))
                    .map(name -> name.replace(".properties", ""))
                    .toList();
            assertThat(bundles()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void noValueIsLeftEmpty() throws IOException {
        for (String bundle : bundles()) {
            for (String suffix : List.of("", "_en")) {
                Properties properties = load(MESSAGES.resolve(bundle + suffix + ".properties"));
                assertThat(properties.stringPropertyNames())
                        .as("empty values in %s%s", bundle, suffix)
                        .allSatisfy(key -> assertThat(properties.getProperty(key)).isNotBlank());
            }
        }
    }

    static List<String> bundles() throws IOException {
        Properties settings = load(Path.of("src/main/resources/application.properties"));
        return Arrays.stream(settings.getProperty("spring.messages.basename").split(","))
                .map(String::strip)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();
    }

    static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
