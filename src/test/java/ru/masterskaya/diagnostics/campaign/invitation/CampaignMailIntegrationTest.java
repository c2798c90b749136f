package ru.masterskaya.diagnostics.campaign.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.CampaignClosed;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.CampaignRepository;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.SelfDiagnosis;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** Invitations and reminders over real SMTP; the daily round is called with the moment it should believe it is. */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
@RecordApplicationEvents
class CampaignMailIntegrationTest {

    private static final String LINK = "/d/";

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    CampaignJob job;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRepository campaignRepository;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    Instruments instruments;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    Municipality municipality;
    Organisation school;
    Person teacher;
    CurrentUser coordinator;

    @BeforeEach
    void aSchoolWithATeacherAndTheirCoordinator() {
        municipality = registry.municipality();
        school = registry.school(municipality);
        teacher = registry.teacher(school, "Соколова", "Светлана");
        coordinator = registry.coordinatorOf(municipality, registry.school(municipality));
    }

    @Test
    void startingACampaignEmailsEachInviteeAWorkingPersonalLinkWithoutPassword() throws Exception {
        LocalDate closesOn = LocalDate.now(clock).plusDays(10);
        start("Весенняя самодиагностика", LocalDate.now(clock), closesOn);

        ReceivedMail mail = mailbox.awaitMailTo(teacher.getEmail());
        assertThat(mail.subject()).isEqualTo("Самодиагностика «Весенняя самодиагностика»: ваша личная ссылка");
        assertThat(mail.text()).contains("Здравствуйте, Светлана Петрович!", "http://localhost:8080/d/", "Пароль не нужен",
                closesOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        String token = mail.linkPath(LINK).substring(LINK.length());
        assertThat(selfDiagnosis.open(token).response().getPersonId()).isEqualTo(teacher.getId());
        assertThat(responseOfTeacher().getInvitationSentAt()).isNotNull();
    }

    @Test
    void aCampaignOpeningLaterSendsItsInvitationsOnTheOpeningDay() throws Exception {
        start("Будущая кампания", LocalDate.now(clock).plusDays(2), LocalDate.now(clock).plusDays(12));
        assertThat(responseOfTeacher().getInvitationSentAt()).isNull();

        job.run(clock.instant().plus(Duration.ofDays(1)));
        assertThat(responseOfTeacher().getInvitationSentAt()).isNull();

        job.run(clock.instant().plus(Duration.ofDays(2)));
        assertThat(mailbox.awaitMailTo(teacher.getEmail()).subject()).contains("ваша личная ссылка");
        assertThat(responseOfTeacher().getInvitationSentAt()).isNotNull();
    }

    @Test
    void oneReminderArrivesAfterTheIntervalAndASecondRoundOnTheSameDaySendsNothing() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        Instant now = clock.instant();
        job.run(now);
        mailbox.awaitMailTo(teacher.getEmail(), 1);

        job.run(now.plus(Duration.ofDays(2)));
        assertThat(diagnostics.responseOf(campaign, teacher).getRemindersSent()).isZero();

        job.run(now.plus(Duration.ofDays(3)));
        ReceivedMail reminder = mailbox.awaitMailTo(teacher.getEmail(), 2);
        assertThat(reminder.subject()).startsWith("Напоминание: самодиагностика");
        assertThat(reminder.linkPath(LINK)).isEqualTo(LINK + diagnostics.responseOf(campaign, teacher).getToken());

        job.run(now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
        assertThat(diagnostics.responseOf(campaign, teacher).getRemindersSent()).isEqualTo(1);
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(teacher.getEmail())).hasSize(2);
    }

    @Test
    void finishedInviteesAndRevokedLinksGetNoReminder() throws Exception {
        Person finished = registry.teacher(school, "Готова", "Галина");
        Person revoked = registry.teacher(school, "Отозванная", "Ольга");
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacher, finished, revoked));
        Instant now = clock.instant();
        job.run(now);
        mailbox.awaitMailTo(revoked.getEmail(), 1);
        finish(campaign, finished);
        DiagnosticsFixtures.asAdministrator(() -> campaigns.revokeLink(diagnostics.responseOf(campaign, revoked).getId(), RegistryScope.EVERYTHING));

        job.run(now.plus(Duration.ofDays(3)));

        mailbox.awaitMailTo(teacher.getEmail(), 2);
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(finished.getEmail())).hasSize(1);
        assertThat(mailbox.mailTo(revoked.getEmail())).hasSize(1);
        assertThat(diagnostics.responseOf(campaign, finished).getRemindersSent()).isZero();
    }

    @Test
    void remindingNowFollowsTheSameRuleAsTheDailyRound() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        job.run(clock.instant());

        mvc.perform(post("/campaigns/{id}/remind", campaign.getId()).with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("messageArguments", new Object[] {0}));
        assertThat(diagnostics.responseOf(campaign, teacher).getRemindersSent()).isZero();
    }

    @Test
    void aRenewedLinkIsEmailedAndTheOldOneStopsWorking() throws Exception {
        Campaign campaign = diagnostics.openCampaign(municipality, List.of(teacher));
        String old = diagnostics.responseOf(campaign, teacher).getToken();

        mvc.perform(post("/campaigns/{id}/responses/{r}/renew", campaign.getId(), diagnostics.responseOf(campaign, teacher).getId())
                .with(csrf()).with(user(coordinator))).andExpect(status().is3xxRedirection());

        ReceivedMail mail = mailbox.awaitMailTo(teacher.getEmail());
        assertThat(mail.subject()).contains("новая личная ссылка");
        String token = mail.linkPath(LINK).substring(LINK.length());
        assertThat(token).isNotEqualTo(old).isEqualTo(diagnostics.responseOf(campaign, teacher).getToken());
    }

    @Test
    void theDailyRoundClosesOverdueCampaignsAndAnnouncesIt() {
        InstrumentVersion version = diagnostics.smallInstrument();
        LocalDate today = LocalDate.now(clock);
        Campaign overdue = DiagnosticsFixtures.asAdministrator(() -> campaigns.start(new CampaignParameters("Просроченная " + RegistryFixtures.unique(),
                AcademicYear.containing(today.minusDays(10)), version.getId(), null, municipality.getId(), null, today.minusDays(10), today.minusDays(1),
                Thresholds.R201, 81, 3, "Тестовые приглашённые"), List.of(teacher), RegistryScope.EVERYTHING, "test@masterskaya"));

        CampaignJob.Round round = job.run(clock.instant());

        assertThat(round.closed()).isGreaterThanOrEqualTo(1);
        assertThat(campaignRepository.findById(overdue.getId()).orElseThrow().isClosed()).isTrue();
        assertThat(events.stream(CampaignClosed.class).map(CampaignClosed::campaignId)).contains(overdue.getId());
        assertThat(responseOf(overdue).getRemindersSent()).isZero();
    }

    private void start(String title, LocalDate opensOn, LocalDate closesOn) throws Exception {
        InstrumentVersion version = diagnostics.smallInstrument();
        mvc.perform(post("/campaigns/new").with(csrf()).with(user(coordinator))
                        .param("title", title)
                        .param("instrumentVersionId", version.getId().toString())
                        .param("opensOn", opensOn.toString())
                        .param("closesOn", closesOn.toString())
                        .param("mediumFrom", "61")
                        .param("minimalFrom", "81")
                        .param("masterLevelFrom", "81")
                        .param("reminderIntervalDays", "3")
                        .param("byFilter", "true")
                        .param("q", "Соколова")
                        .param("filterOrganisation", school.getId().toString()))
                .andExpect(status().is3xxRedirection());
    }

    private DiagnosisResponse responseOfTeacher() {
        UUID campaignId = campaignRepository.findAll().stream()
                .filter(campaign -> campaign.getMunicipalityId() != null && campaign.getMunicipalityId().equals(municipality.getId()))
                .findFirst().orElseThrow().getId();
        return responseOf(campaignRepository.findById(campaignId).orElseThrow());
    }

    private DiagnosisResponse responseOf(Campaign campaign) {
        return diagnostics.responseOf(campaign, teacher);
    }

    private void finish(Campaign campaign, Person person) {
        String token = diagnostics.responseOf(campaign, person).getToken();
        List<InstrumentItem> items = instruments.version(campaign.getInstrumentVersionId()).getItems();
        selfDiagnosis.saveAnswer(token, items.get(0).getId(), AnswerValue.chosen(3));
        selfDiagnosis.saveAnswer(token, items.get(1).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(2).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(3).getId(), new AnswerValue(List.of(1, 3), null));
        selfDiagnosis.saveAnswer(token, items.get(4).getId(), AnswerValue.chosen(2));
        selfDiagnosis.saveAnswer(token, items.get(5).getId(), AnswerValue.written("Хочу научиться"));
        selfDiagnosis.submit(token);
    }
}
