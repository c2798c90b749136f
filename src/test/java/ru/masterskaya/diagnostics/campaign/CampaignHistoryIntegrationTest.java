package ru.masterskaya.diagnostics.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.diagnostics.instrument.AnswerValue;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/** A campaign recorded after it ran keeps the times it had; recording is for those who run campaigns. */
@MasterskayaIntegrationTest
@Import(DiagnosticsFixtures.class)
class CampaignHistoryIntegrationTest {

    static final Instant STARTED = Instant.parse("2025-09-15T06:00:00Z");
    static final Instant ANSWERED = Instant.parse("2025-09-20T15:30:00Z");
    static final Instant CLOSED = Instant.parse("2025-10-15T15:00:00Z");

    @Autowired
    RegistryFixtures registry;

    @Autowired
    DiagnosticsFixtures diagnostics;

    @Autowired
    CampaignHistory history;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    SelfDiagnosis selfDiagnosis;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPastCampaignKeepsItsStartItsAnswersAndItsCloseTimes() {
        Municipality municipality = registry.municipality();
        Person teacher = registry.teacher(registry.school(municipality), "Прошлогодняя", "Полина");
        InstrumentVersion version = diagnostics.smallInstrument();

        Campaign campaign = DiagnosticsFixtures.asAdministrator(() -> transactions.execute(status -> {
            Campaign started = history.recordStarted(lastAutumn(version, municipality), List.of(teacher), RegistryScope.EVERYTHING,
                    "test@masterskaya", STARTED);
            history.recordStartedResponse(started.getId(), teacher, Map.of(version.getItems().getFirst().getId(), AnswerValue.chosen(2)),
                    RegistryScope.EVERYTHING, ANSWERED);
            return history.recordClosed(started.getId(), RegistryScope.EVERYTHING, CLOSED);
        }));
        DiagnosisResponse response = diagnostics.responseOf(campaign, teacher);

        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getCreatedAt()).isEqualTo(STARTED);
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getClosedAt()).isEqualTo(CLOSED);
        assertThat(response.getInvitedAt()).isEqualTo(STARTED);
        assertThat(response.getStartedAt()).isEqualTo(ANSWERED);
        assertThat(response.status()).isEqualTo(ResponseStatus.STARTED);
        assertThatThrownBy(() -> selfDiagnosis.open(response.getToken()))
                .isInstanceOfSatisfying(LinkNotUsable.class, refused -> assertThat(refused.reason()).isEqualTo(LinkNotUsable.Reason.CLOSED));
    }

    @Test
    void nobodyWithoutACoordinatingRoleRecordsACampaign() {
        Municipality municipality = registry.municipality();
        Person teacher = registry.teacher(registry.school(municipality), "Посторонняя", "Полина");
        InstrumentVersion version = diagnostics.smallInstrument();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "teacher", null, AuthorityUtils.createAuthorityList("ROLE_PRACTITIONER", "ROLE_MASTER", "ROLE_VIEWER")));
        try {
            assertThatThrownBy(() -> history.recordStarted(lastAutumn(version, municipality), List.of(teacher), RegistryScope.EVERYTHING,
                    "test@masterskaya", STARTED))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static CampaignParameters lastAutumn(InstrumentVersion version, Municipality municipality) {
        return new CampaignParameters("Прошлогодняя самодиагностика " + RegistryFixtures.unique(), new AcademicYear(2025), version.getId(),
                null, municipality.getId(), null, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 15), Thresholds.R201, 81, 7,
                "Учителя");
    }
}
