package ru.masterskaya.practice.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.RunningNode;
import ru.masterskaya.notifications.DigestFrequency;
import ru.masterskaya.notifications.DigestPreferences;
import ru.masterskaya.notifications.Notifications;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * Issue 6's test over real SMTP with a controllable clock: a pair silent for 22 days gets one
 * reminder, escalates to the master after the next interval and to the coordinators after another,
 * and a second round on another application context sharing the same PostgreSQL sends nothing twice.
 */
@MasterskayaIntegrationTest
@Import(AttentionFixtures.class)
class StalledPairRemindersIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    static RunningNode otherNode;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AttentionFixtures fixtures;

    @Autowired
    AttentionJob job;

    @Autowired
    Notifications notifications;

    @Autowired
    PairLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DigestPreferences digests;

    @Autowired
    Clock clock;

    Person practitioner;
    Person master;
    CurrentUser deputy;
    CurrentUser coordinator;
    CurrentUser otherDeputy;
    PracticePair pair;

    @AfterAll
    static void stopTheOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    /** The other node starts once this test's context has migrated the shared schema. */
    @BeforeEach
    void anActivePairOfTwoSchoolsAndAnotherNode() {
        if (otherNode == null) {
            otherNode = RunningNode.start();
        }
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Organisation masterSchool = registry.school(municipality);
        practitioner = registry.teacher(school, "Молчанова", "Вера");
        master = registry.teacher(masterSchool, "Тихонов", "Павел");
        deputy = registry.deputyOf(school);
        otherDeputy = registry.deputyOf(registry.school(municipality));
        coordinator = registry.coordinatorOf(municipality, masterSchool);
        pair = fixtures.activePair(practitioner, master);
        for (CurrentUser reader : List.of(deputy, otherDeputy, coordinator)) {
            digests.change(reader.personId().value(), DigestFrequency.NEVER);
        }
    }

    @Test
    void aPairSilentFor22DaysIsRemindedOnceThenTheMasterThenTheCoordinatorsAndAnotherNodeSendsNothingTwice() throws Exception {
        Instant start = clock.instant();

        job.run(start.plus(Duration.ofDays(21)));
        Thread.sleep(1500);
        assertThat(mailbox.mailTo(practitioner.getEmail())).isEmpty();

        Instant silent22 = start.plus(Duration.ofDays(22));
        job.run(silent22);
        ReceivedMail toPractitioner = mailbox.awaitMailTo(practitioner.getEmail());
        ReceivedMail toMaster = mailbox.awaitMailTo(master.getEmail());
        assertThat(toPractitioner.subject()).isEqualTo("Практика «Сетевое сообщество педагогов»: давно не было записей в журнале");
        assertThat(toPractitioner.text()).contains("Здравствуйте, Вера Петрович!", "мастер П.П. Тихонов", "практикант В.П. Молчанова",
                "http://localhost:8080/p/");
        String token = toPractitioner.linkPath(PairLinks.PATH).substring(PairLinks.PATH.length());
        assertThat(links.open(token)).hasValueSatisfying(holder -> {
            assertThat(holder.pairId()).isEqualTo(pair.getId());
            assertThat(holder.personId()).isEqualTo(practitioner.getId());
        });
        assertThat(toMaster.linkPath(PairLinks.PATH)).isNotEqualTo(toPractitioner.linkPath(PairLinks.PATH));
        assertThat(notifications.unreadCount(practitioner.getId())).isEqualTo(1);

        otherNode.bean(AttentionJob.class).run(silent22);
        job.run(silent22.plus(Duration.ofHours(3)));
        otherNode.bean(AttentionJob.class).run(start.plus(Duration.ofDays(28)));
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(practitioner.getEmail())).hasSize(1);
        assertThat(mailbox.mailTo(master.getEmail())).hasSize(1);
        assertThat(mailbox.mailTo(deputy.getUsername())).isEmpty();

        Instant nextInterval = start.plus(Duration.ofDays(29));
        otherNode.bean(AttentionJob.class).run(nextInterval);
        ReceivedMail escalated = mailbox.awaitMailTo(master.getEmail(), 2);
        assertThat(escalated.subject()).isEqualTo("Практика «Сетевое сообщество педагогов» застопорилась: нужна ваша помощь");
        job.run(nextInterval);
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(master.getEmail())).hasSize(2);
        assertThat(mailbox.mailTo(practitioner.getEmail())).hasSize(1);
        assertThat(mailbox.mailTo(deputy.getUsername())).isEmpty();

        Instant thirdStep = start.plus(Duration.ofDays(36));
        job.run(thirdStep);
        otherNode.bean(AttentionJob.class).run(thirdStep);
        ReceivedMail toDeputy = mailbox.awaitMailTo(deputy.getUsername());
        ReceivedMail toCoordinator = mailbox.awaitMailTo(coordinator.getUsername());
        assertThat(toDeputy.subject()).isEqualTo("Пара П.П. Тихонов — В.П. Молчанова застопорилась");
        assertThat(toCoordinator.text()).contains("/practice/board?health=STALLED");
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(deputy.getUsername())).hasSize(1);
        assertThat(mailbox.mailTo(coordinator.getUsername())).hasSize(1);
        assertThat(mailbox.mailTo(otherDeputy.getUsername())).isEmpty();
        assertThat(mailbox.mailTo(master.getEmail())).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pair_reminder WHERE pair_id = ?", Integer.class, pair.getId())).isEqualTo(3);
        assertThat(notifications.latest(coordinator.personId().value(), 10)).extracting(n -> n.messageKey())
                .contains("attention.notify.coordinators");
    }

    @Test
    void aPairThatWritesInTheJournalIsNotReminded() {
        Instant start = clock.instant();

        job.run(start.plus(Duration.ofDays(20)));

        assertThat(jdbc.queryForObject("SELECT health FROM pair_health WHERE pair_id = ?", String.class, pair.getId()))
                .isEqualTo("NEEDS_CHECK");
        assertThat(jdbc.queryForList("SELECT step FROM pair_reminder WHERE pair_id = ?", Integer.class, pair.getId())).isEqualTo(List.of());
    }
}
