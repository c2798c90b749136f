package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/demo-accounts.md is what people try the app with: it must say what the loader creates. */
class DemoAccountsDocumentationTest {

    static final long DEFAULT_SEED = 2025;

    @Test
    void listsEveryDemoAccountWithItsHolderAndThePassword() throws IOException {
        String documentation = Files.readString(Path.of("docs/demo-accounts.md"));
        DemoTown town = DemoTownGenerator.generate(DEFAULT_SEED, 2025);

        assertThat(documentation).contains("`" + DemoAccount.PASSWORD + "`");
        town.people().stream().filter(person -> person.account() != null).forEach(holder -> assertThat(documentation)
                .contains("`" + holder.email() + "`")
                .contains(holder.lastName() + " " + holder.firstName() + " " + holder.middleName()));
    }

    @Test
    void namesTheDemoInstrumentAndBothCampaigns() throws IOException {
        String documentation = Files.readString(Path.of("docs/demo-accounts.md"));

        assertThat(documentation).contains(
                "«" + DemoInstrument.TITLE + "»", "«" + DemoCampaigns.FINISHED_TITLE + "»", "«" + DemoCampaigns.OPEN_TITLE + "»",
                DemoInstrument.RESOURCE.substring(1));
    }

    @Test
    void tellsHowManyOffersTheDemoMakesAndOnWhichCrowdedTopics() throws IOException {
        String documentation = Files.readString(Path.of("docs/demo-accounts.md"));

        assertThat(documentation).contains("**" + DemoMatching.OFFERS + " masters' offers**",
                "**" + DemoMatching.STILL_PROPOSED + " still wait for", "«SWOT-анализ как инструмент управления»",
                "«Проектный хакатон как форма методической работы»", "«Посещение и анализ урока»", "«Подбор пар»");
    }
}
