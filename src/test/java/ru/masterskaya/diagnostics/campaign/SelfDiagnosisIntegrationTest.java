package ru.masterskaya.diagnostics.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.SelfDiagnosisSubmitted;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.InstrumentVersionFrozen;
import ru.masterskaya.diagnostics.instrument.InvalidAnswer;
import ru.masterskaya.diagnostics.scoring.DeficitLevel;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
@RecordApplicationEvents
class SelfDiagnosisIntegrationTest {

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Profiles profiles;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Instruments instruments;

    @Autowired
    ApplicationEvents events;

    Municipality municipality;
    Person teacher;
    Campaign campaign;
    String token;
    List<InstrumentItem> items;

    @BeforeEach
    void startCampaign() {
        municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        teacher = registry.teacher(school, "Иванова", "Ирина");
        campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        token = diagnostics.responseOf(campaign, teacher).getToken();
        items = instruments.version(campaign.getInstrumentVersionId()).getItems();
    }

    @Test
    void answersAreKeptOneByOneAndTheFormContinuesAtTheFirstUnansweredItem() {
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(3));
        selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(2));

        RespondentForm form = selfDiagnosis.open(token);

        assertThat(form.answers()).hasSize(2);
        assertThat(form.firstUnanswered()).map(InstrumentItem::getId).contains(items.get(2).getId());
        assertThat(form.response().status()).isEqualTo(ResponseStatus.STARTED);
    }

    @Test
    void submittingScoresEachTopicIntoItsPercentAndLevelAndAnnouncesIt() {
        answerAll(3, 2, 1, List.of(1, 3), 2);
        selfDiagnosis.setReady(token, DiagnosticsFixtures.HACKATHON, true);

        DiagnosisResponse submitted = selfDiagnosis.submit(token);
        Profile profile = profiles.of(submitted);

        // hackathon (3 + 2) / 6 = 83 %, lesson analysis (1 + 3) / 7 = 57 %, network community 2 / 4 = 50 %
        assertThat(profile.topics()).extracting(Profile.TopicResult::percent).containsExactly(83, 57, 50);
        assertThat(profile.topics()).extracting(Profile.TopicResult::level)
                .containsExactly(DeficitLevel.MINIMAL, DeficitLevel.HIGH, DeficitLevel.HIGH);
        assertThat(events.stream(SelfDiagnosisSubmitted.class)).singleElement()
                .satisfies(event -> assertThat(event.personId()).isEqualTo(teacher.id()));
    }

    @Test
    void aSubmissionWithAScoredItemUnansweredIsRefusedAndPointsToThatItem() {
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(3));

        assertThatThrownBy(() -> selfDiagnosis.submit(token))
                .isInstanceOfSatisfying(IncompleteSelfDiagnosis.class, refusal -> {
                    assertThat(refusal.firstUnansweredItemId()).isEqualTo(items.get(1).getId());
                    assertThat(refusal.unanswered()).isEqualTo(4);
                });
    }

    @Test
    void anAnswerThatDoesNotFitItsItemIsRefused() {
        assertThatThrownBy(() -> selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(5)))
                .isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(1, 2)))
                .isInstanceOf(InvalidAnswer.class);
    }

    @Test
    void aRevokedLinkOpensNothingAndAClosedCampaignTakesNoMoreAnswers() {
        DiagnosisResponse response = diagnostics.responseOf(campaign, teacher);
        DiagnosticsFixtures.asAdministrator(() -> campaigns.revokeLink(response.getId(), RegistryScope.EVERYTHING));

        assertThatThrownBy(() -> selfDiagnosis.open(token)).isInstanceOfSatisfying(LinkNotUsable.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(LinkNotUsable.Reason.REVOKED));

        String renewed = DiagnosticsFixtures.asAdministrator(() -> campaigns.renewLink(response.getId(), RegistryScope.EVERYTHING)).getToken();
        DiagnosticsFixtures.asAdministrator(() -> campaigns.close(campaign.getId(), RegistryScope.EVERYTHING));

        assertThatThrownBy(() -> selfDiagnosis.saveAnswer(renewed, items.get(0).getId(), AnswerValue.chosen(1)))
                .isInstanceOfSatisfying(LinkNotUsable.class, refusal -> assertThat(refusal.reason()).isEqualTo(LinkNotUsable.Reason.CLOSED));
    }

    @Test
    void theVersionACampaignUsedIsFrozenAndNewItemsGoIntoTheNextVersion() {
        var version = instruments.version(campaign.getInstrumentVersionId());
        assertThat(version.isFrozen()).isTrue();

        var next = DiagnosticsFixtures.asAdministrator(
                () -> instruments.replaceItems(version.getInstrument().getId(), DiagnosticsFixtures.smallInstrumentItems().subList(0, 2)));

        assertThat(next.getNumber()).isEqualTo(version.getNumber() + 1);
        assertThat(instruments.version(version.getId()).getItems()).hasSize(6);
        assertThat(instruments.version(next.getId()).getItems()).hasSize(2);
    }

    @Test
    void aRepeatedDiagnosisShowsTheChangePerTopic() {
        answerAll(1, 0, 1, List.of(1), 1);
        selfDiagnosis.submit(token);
        Campaign later = diagnostics.openCampaign(municipality, List.of(teacher));
        String laterToken = diagnostics.responseOf(later, teacher).getToken();
        token = laterToken;
        items = instruments.version(later.getInstrumentVersionId()).getItems();
        answerAll(4, 2, 4, List.of(1, 3), 4);

        Profile profile = profiles.of(selfDiagnosis.submit(laterToken));

        // hackathon 17 % → 100 %, lesson analysis 29 % → 100 %, network community 25 % → 100 %
        assertThat(profile.topics()).extracting(Profile.TopicResult::change).containsExactly(83, 71, 75);
    }

    @Test
    void aTokenOpensOnlyItsOwnPersonsForm() {
        Person colleague = registry.teacher(registry.school(municipality), "Петров", "Павел");
        Campaign other = diagnostics.openCampaign(municipality, List.of(colleague));

        RespondentForm form = selfDiagnosis.open(token);

        assertThat(form.response().getPersonId()).isEqualTo(teacher.getId());
        assertThat(form.campaign().getId()).isEqualTo(campaign.getId()).isNotEqualTo(other.getId());
        assertThatThrownBy(() -> selfDiagnosis.open(token + "x")).isInstanceOf(LinkNotUsable.class);
    }

    private void answerAll(int hackathonLevel, int hackathonOption, int analysisLevel, List<Integer> analysisOptions, int communityLevel) {
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(hackathonLevel));
        selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(hackathonOption == 0 ? 1 : hackathonOption));
        selfDiagnosis.saveAnswer(token, items.get(2).getId(), AnswerValue.chosen(analysisLevel));
        selfDiagnosis.saveAnswer(token, items.get(3).getId(), new AnswerValue(analysisOptions, null));
        selfDiagnosis.saveAnswer(token, items.get(4).getId(), AnswerValue.chosen(communityLevel));
        selfDiagnosis.saveAnswer(token, items.get(5).getId(), AnswerValue.written("Хочу научиться проводить форсайт-сессии"));
    }
}
