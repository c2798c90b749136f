package ru.masterskaya.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.ResponseRecorder;
import ru.masterskaya.diagnostics.campaign.ResponseSource;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * A town with a school and a kindergarten whose closed campaign has known results (R-201, master
 * level 81): Анна — high deficit on the hackathon (0 %), ready and strong on the network community
 * (100 %); Борис — ready and strong on the hackathon (83 %), high deficit on lesson analysis (43 %),
 * medium on the network community (75 %); Вера — no deficits; Клара (kindergarten) — high on all three.
 */
@TestComponent
public class MatchingFixtures {

    private final RegistryFixtures registry;
    private final DiagnosticsFixtures diagnostics;
    private final ResponseRecorder recorder;
    private final Instruments instruments;
    private final Campaigns campaigns;
    private final TransactionTemplate transactions;

    MatchingFixtures(RegistryFixtures registry, DiagnosticsFixtures diagnostics, ResponseRecorder recorder, Instruments instruments,
            Campaigns campaigns, TransactionTemplate transactions) {
        this.registry = registry;
        this.diagnostics = diagnostics;
        this.recorder = recorder;
        this.instruments = instruments;
        this.campaigns = campaigns;
        this.transactions = transactions;
    }

    /** The town and its people after the closed campaign. */
    public record Town(Municipality municipality, Organisation school, Organisation kindergarten, Campaign campaign,
            Person anna, Person boris, Person vera, Person klara) {}

    public Town town() {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Organisation kindergarten = registry.kindergarten(municipality);
        Person anna = registry.teacher(school, "Арбузова", "Анна");
        Person boris = registry.teacher(school, "Баранов", "Борис");
        Person vera = registry.teacher(school, "Вишнякова", "Вера");
        Person klara = registry.teacher(kindergarten, "Клюквина", "Клара");
        Campaign campaign = diagnostics.openCampaign(municipality, new ArrayList<>(List.of(anna, boris, vera, klara)));
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        record(campaign, anna, items, new int[] {0, 1}, 4, new int[] {1, 3}, 4, Set.of(DiagnosticsFixtures.NETWORK_COMMUNITY));
        record(campaign, boris, items, new int[] {3, 2}, 2, new int[] {1}, 3, Set.of(DiagnosticsFixtures.HACKATHON));
        record(campaign, vera, items, new int[] {4, 2}, 4, new int[] {1, 3}, 4, Set.of());
        record(campaign, klara, items, new int[] {0, 1}, 0, new int[] {2}, 0, Set.of());
        DiagnosticsFixtures.asAdministrator(() -> campaigns.close(campaign.getId(), RegistryScope.EVERYTHING));
        return new Town(municipality, school, kindergarten, campaign, anna, boris, vera, klara);
    }

    private void record(Campaign campaign, Person person, List<InstrumentItem> items, int[] hackathon, int analysisLevel, int[] analysisChoice,
            int network, Set<UUID> ready) {
        Map<UUID, AnswerValue> answers = new HashMap<>();
        answers.put(items.get(0).getId(), AnswerValue.chosen(hackathon[0]));
        answers.put(items.get(1).getId(), AnswerValue.chosen(hackathon[1]));
        answers.put(items.get(2).getId(), AnswerValue.chosen(analysisLevel));
        answers.put(items.get(3).getId(), new AnswerValue(Arrays.stream(analysisChoice).boxed().toList(), null));
        answers.put(items.get(4).getId(), AnswerValue.chosen(network));
        transactions.execute(status -> recorder.recordSubmitted(campaign.getId(), person, answers, ready, Instant.now(), ResponseSource.LINK));
    }
}
