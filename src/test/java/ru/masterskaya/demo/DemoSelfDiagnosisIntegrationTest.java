package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.TopicCatalogue;
import ru.masterskaya.diagnostics.TopicFilter;
import ru.masterskaya.diagnostics.campaign.Answer;
import ru.masterskaya.diagnostics.campaign.AnswerRepository;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ReadinessRepository;
import ru.masterskaya.diagnostics.campaign.RespondentForm;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.Instrument;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.scoring.Profile;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;

/**
 * The self-diagnosis part of the demo data, loaded on start into the emptied test database. The
 * schema is emptied again afterwards, so the other tests never meet the demo town.
 */
@MasterskayaIntegrationTest
@TestPropertySource(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSelfDiagnosisIntegrationTest {

    static final String HACKATHON = "Проектный хакатон как форма методической работы";
    static final String NETWORK = "Сетевое сообщество педагогов";

    @Autowired
    Instruments instruments;

    @Autowired
    TopicCatalogue topics;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    ResponseRepository responses;

    @Autowired
    AnswerRepository answers;

    @Autowired
    ReadinessRepository readiness;

    @Autowired
    Profiles profiles;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    PersonRepository people;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoCampaigns demoCampaigns;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Flyway flyway;

    Campaign finished;
    Campaign open;

    @BeforeAll
    void findTheCampaigns() {
        finished = campaign(DemoCampaigns.FINISHED_TITLE);
        open = campaign(DemoCampaigns.OPEN_TITLE);
    }

    @AfterAll
    void emptyTheSchemaForTheOtherTests() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void theInstrumentAsksFortyItemsOverTwelveTopicsOfEveryBlock() {
        List<InstrumentItem> items = demoItems();
        Map<UUID, Topic> catalogue = topics.list(TopicFilter.ALL).stream().collect(Collectors.toMap(Topic::getId, Function.identity()));
        Set<UUID> asked = items.stream().map(InstrumentItem::getTopicId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());

        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(asked).hasSizeGreaterThanOrEqualTo(12);
        assertThat(asked.stream().map(topic -> catalogue.get(topic).getBlock()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(TopicBlock.class));
        assertThat(asked.stream().map(topic -> catalogue.get(topic).getName()))
                .contains(HACKATHON, NETWORK, "SWOT-анализ как инструмент управления", "Работа с детьми с ОВЗ");
    }

    @Test
    void everyChoiceQuestionHasAnOptionThatEarnsPoints() {
        List<InstrumentItem> choices = demoItems().stream().filter(item -> item.getKind().hasOptions()).toList();

        assertThat(choices).hasSizeGreaterThanOrEqualTo(8);
        assertThat(choices).extracting(InstrumentItem::getKind).contains(ItemKind.SINGLE_CHOICE, ItemKind.MULTIPLE_CHOICE);
        assertThat(choices).allSatisfy(item -> assertThat(item.getOptions()).anySatisfy(option -> assertThat(option.getScore()).isPositive()));
        assertThat(choices).allSatisfy(item -> assertThat(item.getOptions()).as(item.getText())
                .anySatisfy(option -> assertThat(option.getScore()).isNotPositive()));
    }

    @Test
    void theAutumnCampaignIsClosedOnFifteenOctoberOfTheLastAutumnThatIsOver() {
        LocalDate closesOn = finished.getClosesOn();
        ZoneId zone = ZoneId.of("Europe/Moscow");

        assertThat(finished.academicYear()).isEqualTo(demoCampaigns.finishedCampaignYear());
        assertThat(finished.getOpensOn()).isEqualTo(LocalDate.of(finished.getAcademicYear(), Month.SEPTEMBER, 15));
        assertThat(closesOn).isEqualTo(LocalDate.of(finished.getAcademicYear(), Month.OCTOBER, 15)).isBefore(LocalDate.now(zone));
        assertThat(finished.getClosedAt()).isNotNull();
        assertThat(finished.getClosedAt().atZone(zone).toLocalDate()).isEqualTo(closesOn);
        assertThat(responsesOf(finished)).filteredOn(response -> response.getSubmittedAt() != null).allSatisfy(response -> {
            assertThat(response.getSubmittedAt()).isBetween(finished.getCreatedAt(), finished.getClosedAt());
            assertThat(response.getInvitedAt()).isBefore(response.getSubmittedAt());
        });
    }

    @Test
    void aboutSevenInTenFinishedButFewKindergartensDid() {
        List<DiagnosisResponse> all = responsesOf(finished);

        assertThat(all).hasSizeGreaterThan(400);
        assertThat(shareFinished(all, response -> true)).isBetween(0.65, 0.75);
        assertThat(shareFinished(all, response -> response.getOrganisationType().equals("PRESCHOOL"))).isLessThan(0.25);
        assertThat(shareFinished(all, response -> response.getOrganisationType().equals("SCHOOL"))).isGreaterThan(0.70);
        assertThat(all.stream().filter(response -> response.status() == ResponseStatus.STARTED).count())
                .isBetween(Math.round(all.size() * 0.05), Math.round(all.size() * 0.08));
    }

    @Test
    void theHackathonAndTheNetworkCommunityLeadTheNeeds() {
        Map<String, Long> needs = transactions.execute(status -> responsesOf(finished).stream()
                .filter(response -> response.status() == ResponseStatus.FINISHED)
                .flatMap(response -> profiles.plain(response).topics().stream())
                .filter(topic -> topic.level().isNeed())
                .collect(Collectors.groupingBy(Profile.TopicResult::name, Collectors.counting())));

        List<String> ranking = needs.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).map(Map.Entry::getKey).toList();

        assertThat(ranking.subList(0, 3)).contains(HACKATHON, NETWORK);
    }

    @Test
    void someFinishedAnswerTheWishAndSomeAreReadyToBeMasters() {
        UUID wishItem = demoItems().stream().filter(item -> item.getKind() == ItemKind.FREE_TEXT).findFirst().orElseThrow().getId();
        List<UUID> done = responsesOf(finished).stream()
                .filter(response -> response.status() == ResponseStatus.FINISHED).map(DiagnosisResponse::getId).toList();
        long wishes = done.stream().filter(id -> selfDiagnosisAnswered(id, wishItem)).count();
        long ready = done.stream().filter(id -> !readiness.findByResponseId(id).isEmpty()).count();

        assertThat((double) wishes / done.size()).isBetween(0.25, 0.45);
        assertThat(ready).isPositive().isLessThan(done.size() / 2);
    }

    @Test
    void theOpenCampaignInvitesThePractitionerWhoseLinkOpensTheForm() {
        Person practitioner = people.findByEmail(DemoAccount.PRACTITIONER.email()).orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        DiagnosisResponse invitation = responsesOf(open).stream()
                .filter(response -> response.getPersonId().equals(practitioner.getId())).findFirst().orElseThrow();

        RespondentForm form = selfDiagnosis.open(invitation.getToken());

        assertThat(open.isOpenOn(today)).isTrue();
        assertThat(open.getOpensOn()).isEqualTo(today.minusWeeks(1));
        assertThat(form.response().status()).isEqualTo(ResponseStatus.INVITED);
        assertThat(form.itemCount()).isGreaterThanOrEqualTo(40);
        assertThat(responsesOf(open).stream().filter(response -> response.status() == ResponseStatus.FINISHED).count())
                .isBetween(1L, (long) DemoCampaigns.OPEN_FINISHED);
    }

    @Test
    void loadingAgainAddsNothing() {
        long organisationsBefore = organisations.count();
        long peopleBefore = people.count();
        long campaignsBefore = campaigns.count();
        long responsesBefore = responses.count();

        loader.run(new DefaultApplicationArguments());

        assertThat(organisations.count()).isEqualTo(organisationsBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(campaigns.count()).isEqualTo(campaignsBefore).isEqualTo(2);
        assertThat(responses.count()).isEqualTo(responsesBefore);
    }

    private boolean selfDiagnosisAnswered(UUID responseId, UUID itemId) {
        return answers.findById(new Answer.Key(responseId, itemId)).isPresent();
    }

    private List<InstrumentItem> demoItems() {
        Instrument instrument = instruments.list().stream()
                .filter(candidate -> candidate.getTitle().equals(DemoInstrument.TITLE)).findFirst().orElseThrow();
        return instruments.latestVersion(instrument.getId()).getItems();
    }

    private Campaign campaign(String title) {
        return campaigns.findAll().stream().filter(campaign -> campaign.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private List<DiagnosisResponse> responsesOf(Campaign campaign) {
        return responses.findByCampaignId(campaign.getId());
    }

    private static double shareFinished(List<DiagnosisResponse> all, Predicate<DiagnosisResponse> which) {
        List<DiagnosisResponse> chosen = all.stream().filter(which).toList();
        return (double) chosen.stream().filter(response -> response.status() == ResponseStatus.FINISHED).count() / chosen.size();
    }
}
