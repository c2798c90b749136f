package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.Profiles;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.diagnostics.campaign.ResponseStatus;
import ru.masterskaya.matching.MatchingInputs;
import ru.masterskaya.matching.MeetingFormat;
import ru.masterskaya.matching.OfferInput;
import ru.masterskaya.matching.RequestInput;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.MentoringOption;
import ru.masterskaya.matching.offer.MentoringOptions;
import ru.masterskaya.matching.offer.OfferRow;
import ru.masterskaya.matching.offer.OfferStatus;
import ru.masterskaya.matching.request.PractitionerRequest;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestRow;
import ru.masterskaya.matching.request.RequestStatus;
import ru.masterskaya.matching.solver.CertificateCheck;
import ru.masterskaya.matching.solver.Format;
import ru.masterskaya.matching.solver.Master;
import ru.masterskaya.matching.solver.MatchingProblem;
import ru.masterskaya.matching.solver.MatchingResult;
import ru.masterskaya.matching.solver.MatchingRules;
import ru.masterskaya.matching.solver.MatchingSolver;
import ru.masterskaya.matching.solver.Need;
import ru.masterskaya.matching.solver.Practitioner;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.RegistryScope;

/**
 * The matching inputs of the demo data, loaded on start into the emptied test database with the
 * rest of the demo, and a run of the solver over them. The schema is emptied again afterwards.
 */
@MasterskayaIntegrationTest
@TestPropertySource(properties = {"masterskaya.demo.enabled=true", "masterskaya.demo.seed=2025"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMatchingIntegrationTest {

    static final UUID SWOT = DemoInstrument.topic(601);
    static final UUID HACKATHON = DemoInstrument.topic(201);

    @Autowired
    MasterOffers offers;

    @Autowired
    PractitionerRequests requests;

    @Autowired
    MatchingInputs inputs;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    ResponseRepository responses;

    @Autowired
    Profiles profiles;

    @Autowired
    PersonRepository people;

    @Autowired
    MentoringOptions mentoring;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    AcademicYear year;
    List<OfferRow> offerRows;
    List<RequestRow> requestRows;

    @BeforeAll
    void readTheInputs() {
        year = campaign(DemoCampaigns.FINISHED_TITLE).academicYear();
        offerRows = offers.list(year, RegistryScope.EVERYTHING);
        requestRows = requests.list(year, RegistryScope.EVERYTHING);
    }

    @AfterAll
    void emptyTheSchemaForTheOtherTests() {
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void aboutThirtyMastersOfferMostlyConfirmedSomeWaitingAndOneWithdrawn() {
        Map<OfferStatus, Long> byStatus = offerRows.stream()
                .collect(Collectors.groupingBy(row -> row.offer().getStatus(), Collectors.counting()));

        assertThat(offerRows).hasSizeBetween(25, 35);
        assertThat(byStatus.get(OfferStatus.CONFIRMED)).isGreaterThanOrEqualTo(20);
        assertThat(byStatus.get(OfferStatus.PROPOSED)).isBetween(1L, 5L);
        assertThat(byStatus.get(OfferStatus.WITHDRAWN)).isEqualTo(1L);
        assertThat(offerRows).allSatisfy(row -> {
            assertThat(row.offer().getCapacity()).isBetween(1, 3);
            assertThat(row.offer().getYearlyCap()).isGreaterThanOrEqualTo(row.offer().getCapacity());
            assertThat(row.offer().getTopics()).isNotEmpty().allSatisfy(topic -> assertThat(topic.getPercent()).isNotNull());
            assertThat(row.offer().getMunicipalityIds()).containsExactly(row.master().getOrganisation().getMunicipality().getId());
            assertThat(row.offer().getMentoringIds()).hasSize(2);
        });
        assertThat(offerRows.stream().map(row -> row.offer().getFormat()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MeetingFormat.values());
    }

    @Test
    void loadingTheDemoQueuesNoEMailToItsPeople() {
        Integer queued = transactions.execute(status -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class));

        assertThat(offerRows).isNotEmpty();
        assertThat(queued).isZero();
    }

    @Test
    void confirmedOffersCoverTheSwotAnalysisAndTheHackathonAndTheDemoMasterOffersLessonVisits() {
        Set<UUID> confirmedTopics = confirmed().stream().flatMap(row -> row.offer().getTopics().stream())
                .map(topic -> topic.getTopicId()).collect(Collectors.toSet());
        OfferRow demoMaster = offerRows.stream().filter(row -> row.master().getEmail().equals(DemoAccount.MASTER.email())).findFirst().orElseThrow();

        assertThat(confirmedTopics).contains(SWOT, HACKATHON);
        assertThat(demoMaster.offer().getStatus()).isEqualTo(OfferStatus.CONFIRMED);
        assertThat(demoMaster.offer().getTopics()).anySatisfy(topic ->
                assertThat(topic.getTopicId()).isEqualTo(DemoInstrument.topic(DemoMatching.LESSON_VISITS)));
    }

    @Test
    void everyoneWhoseLatestSelfDiagnosisOfTheYearShowsANeedHasARequest() {
        Set<UUID> withRequest = requestRows.stream().map(row -> row.practitioner().getId()).collect(Collectors.toSet());
        Set<UUID> finishedTheOpenCampaign = finishedIn(campaign(DemoCampaigns.OPEN_TITLE)).stream()
                .map(DiagnosisResponse::getPersonId).collect(Collectors.toSet());
        Set<UUID> inNeed = transactions.execute(status -> finishedIn(campaign(DemoCampaigns.FINISHED_TITLE)).stream()
                .filter(response -> !finishedTheOpenCampaign.contains(response.getPersonId()))
                .filter(response -> profiles.plain(response).topics().stream().anyMatch(topic -> topic.level().isNeed()))
                .map(DiagnosisResponse::getPersonId).collect(Collectors.toSet()));

        assertThat(inNeed).hasSizeGreaterThan(100);
        assertThat(withRequest).containsAll(inNeed);
    }

    @Test
    void aboutHalfOfThePractitionersChoseAPriorityAndSomeSetPreferences() {
        List<PractitionerRequest> all = requestRows.stream().map(RequestRow::request).toList();
        long prioritised = all.stream().filter(request -> request.getPriorityTopicId() != null).count();

        assertThat((double) prioritised / all.size()).isBetween(0.35, 0.6);
        assertThat(all).anySatisfy(request -> assertThat(request.getPreferredFormat()).isNotNull());
        assertThat(all).anySatisfy(request -> assertThat(request.isOwnOrganisationOk()).isFalse());
    }

    @Test
    void theDemoPractitionerHasAnOpenRequestOnATopicAConfirmedMasterOffers() {
        Person practitioner = people.findByEmail(DemoAccount.PRACTITIONER.email()).orElseThrow();
        PractitionerRequest request = requests.own(practitioner.id(), year).orElseThrow();
        Set<UUID> offered = confirmed().stream().flatMap(row -> row.offer().getTopics().stream())
                .map(topic -> topic.getTopicId()).collect(Collectors.toSet());

        assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.getTopics()).anySatisfy(topic -> assertThat(offered).contains(topic.getTopicId()));
        assertThat(request.getTopics()).anySatisfy(topic ->
                assertThat(topic.getTopicId()).isEqualTo(DemoInstrument.topic(DemoMatching.LESSON_VISITS)));
        assertThat(request.getPriorityTopicId()).as("left for whoever tries the demo").isNull();
    }

    @Test
    void theDemoMasterSeesTheirConfirmedOfferWithItsFormAndKindOfMentoring() throws Exception {
        OfferRow demoMaster = offerRows.stream().filter(row -> row.master().getEmail().equals(DemoAccount.MASTER.email())).findFirst().orElseThrow();
        List<String> names = mentoring.all().stream().filter(option -> demoMaster.offer().getMentoringIds().contains(option.getId()))
                .map(MentoringOption::getName).toList();

        String page = mvc.perform(get("/my/offer").with(user(accounts.loadUserByUsername(DemoAccount.MASTER.email())))
                        .sessionAttr("masterskaya.academicYear", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(names).hasSize(2);
        assertThat(page).contains("Посещение и анализ урока").contains(names);
    }

    @Test
    void theDemoPractitionerSeesTheirRequestWithLessonVisitsAmongTheNeeds() throws Exception {
        String page = mvc.perform(get("/my/request").with(user(accounts.loadUserByUsername(DemoAccount.PRACTITIONER.email())))
                        .sessionAttr("masterskaya.academicYear", year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Посещение и анализ урока");
    }

    @Test
    void theSolverMatchesTheDemoMunicipalityProvablyOptimallyInUnderTwoSeconds() {
        UUID municipality = people.findByEmail(DemoAccount.PRACTITIONER.email()).map(person -> transactions.execute(status ->
                people.findWithOrganisationById(person.getId()).orElseThrow().getOrganisation().getMunicipality().getId())).orElseThrow();
        RegistryScope scope = new RegistryScope(false, Set.of(), Set.of(municipality), Set.of());
        long started = System.nanoTime();

        List<OfferInput> confirmedOffers = inputs.confirmedOffers(year, scope);
        List<RequestInput> openRequests = inputs.openRequests(year, scope);
        MatchingProblem problem = MatchingProblem.of(openRequests.stream().map(DemoMatchingIntegrationTest::practitioner).toList(),
                confirmedOffers.stream().map(DemoMatchingIntegrationTest::master).toList(), MatchingRules.defaults());
        MatchingResult result = new MatchingSolver().solve(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(confirmedOffers).hasSizeGreaterThanOrEqualTo(20);
        assertThat(openRequests).hasSizeGreaterThan(100);
        assertThat(millis).isLessThan(2_000);
        assertThat(CertificateCheck.violations(problem, result)).isEmpty();
        assertThat(result.pairs()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(result.groupProposals()).extracting(proposal -> proposal.topicId()).contains(SWOT, HACKATHON);
    }

    private List<OfferRow> confirmed() {
        return offerRows.stream().filter(row -> row.offer().getStatus() == OfferStatus.CONFIRMED).toList();
    }

    private static Master master(OfferInput offer) {
        Map<UUID, Integer> strengths = offer.topics().stream().filter(topic -> topic.percent() != null)
                .collect(Collectors.toMap(OfferInput.Strength::topicId, OfferInput.Strength::percent));
        return new Master(offer.masterId(), offer.organisationId(), offer.municipalityId(), strengths, categoryWeight(offer.category()),
                offer.capacity(), Set.of(format(offer.format())), offer.servedMunicipalityIds(), offer.servedOrganisationIds());
    }

    private static Practitioner practitioner(RequestInput request) {
        return new Practitioner(request.practitionerId(), request.organisationId(), request.municipalityId(), request.organisationTypeCode(),
                request.topics().stream().map(need -> new Need(need.topicId(), need.percent(), need.level())).toList(),
                request.priorityTopicId(), request.preferredFormat() == null ? null : format(request.preferredFormat()),
                request.ownOrganisationAcceptable());
    }

    private static int categoryWeight(QualificationCategory category) {
        return switch (category) {
            case NONE, CORRESPONDENCE -> 0;
            case FIRST -> 1;
            case HIGHEST -> 2;
            case TEACHER_METHODOLOGIST, TEACHER_MENTOR -> 3;
        };
    }

    private static Format format(@Nullable MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> Format.IN_PERSON;
            case REMOTE -> Format.REMOTE;
            case MIXED -> Format.BLENDED;
            case null -> Format.BLENDED;
        };
    }

    private List<DiagnosisResponse> finishedIn(Campaign campaign) {
        return responses.findByCampaignId(campaign.getId()).stream()
                .filter(response -> response.status() == ResponseStatus.FINISHED).toList();
    }

    private Campaign campaign(String title) {
        return campaigns.findAll().stream().filter(campaign -> campaign.getTitle().equals(title)).findFirst().orElseThrow();
    }
}
