package ru.masterskaya.practice.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ru.masterskaya.Mailbox;
import ru.masterskaya.Mailbox.ReceivedMail;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.notifications.DigestFrequency;
import ru.masterskaya.notifications.DigestPreferences;
import ru.masterskaya.notifications.Notifications;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** Digests of pairs needing attention reach the coordinators of their scope as often as each chose, and never twice. */
@MasterskayaIntegrationTest
@Import(AttentionFixtures.class)
class AttentionDigestIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AttentionFixtures fixtures;

    @Autowired
    AttentionJob job;

    @Autowired
    DigestPreferences preferences;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Test
    void weeklyDailyAndNeverDigestsFollowEachPersonsChoiceAndTheirScope() throws Exception {
        Municipality municipality = registry.municipality();
        Organisation school = registry.school(municipality);
        Person practitioner = registry.teacher(school, "Забытова", "Нина");
        Person master = registry.teacher(registry.school(municipality), "Занятов", "Олег");
        CurrentUser weekly = registry.deputyOf(school);
        CurrentUser daily = registry.coordinatorOf(municipality, school);
        CurrentUser never = registry.deputyOf(school);
        CurrentUser elsewhere = registry.deputyOf(registry.school(municipality));
        preferences.change(daily.personId().value(), DigestFrequency.DAILY);
        preferences.change(never.personId().value(), DigestFrequency.NEVER);
        fixtures.activePair(practitioner, master);

        LocalDate stalledMonday = LocalDate.now(clock).plusDays(23).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant monday = stalledMonday.atTime(7, 0).atZone(clock.getZone()).toInstant();
        job.run(monday);
        job.run(monday.plus(Duration.ofHours(2)));
        job.run(monday.plus(Duration.ofDays(1)));

        ReceivedMail digest = mailbox.awaitMailTo(weekly.getUsername());
        assertThat(digest.subject()).isEqualTo("Практика: пар, которым нужно внимание, — 1");
        assertThat(digest.text()).contains("застопорились — 1", "О.П. Занятов — Н.П. Забытова", "/practice/board?attention=true");
        mailbox.awaitMailTo(daily.getUsername(), 2);
        Thread.sleep(2000);
        assertThat(mailbox.mailTo(weekly.getUsername())).hasSize(1);
        assertThat(mailbox.mailTo(daily.getUsername())).hasSize(2);
        assertThat(mailbox.mailTo(never.getUsername())).isEmpty();
        assertThat(mailbox.mailTo(elsewhere.getUsername())).isEmpty();
        assertThat(notifications.latest(weekly.personId().value(), 5)).extracting(n -> n.messageKey()).containsExactly("attention.notify.digest");
    }
}
