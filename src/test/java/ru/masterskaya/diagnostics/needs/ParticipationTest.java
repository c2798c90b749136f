package ru.masterskaya.diagnostics.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    @Test
    void aTypeBelowHalfOfTheOverallRateIsWarnedAbout() {
        Participation participation = Participation.of(List.of(
                new GroupParticipation("SCHOOL", "ОО", "ОО", 90, 70),
                new GroupParticipation("PRESCHOOL", "ДОУ", "ДОУ", 25, 3)), List.of());

        assertThat(participation.percent()).isEqualTo(63);
        assertThat(participation.warnings()).containsExactly(new ParticipationWarning("ДОУ", 12, 63));
    }

    @Test
    void aTypeTwentyFivePointsBelowTheOverallRateIsWarnedAboutEvenAboveHalf() {
        Participation participation = Participation.of(List.of(
                new GroupParticipation("SCHOOL", "ОО", "ОО", 100, 95),
                new GroupParticipation("ADDITIONAL", "ДО", "ДО", 10, 5)), List.of());

        assertThat(participation.warnings()).extracting(ParticipationWarning::name).containsExactly("ДО");
    }

    @Test
    void aTypeLessThanTwentyFivePointsBelowAndAboveHalfIsNotWarnedAbout() {
        Participation participation = Participation.of(List.of(
                new GroupParticipation("SCHOOL", "ОО", "ОО", 100, 80),
                new GroupParticipation("ADDITIONAL", "ДО", "ДО", 10, 6)), List.of());

        assertThat(participation.warnings()).isEmpty();
    }

    @Test
    void aTypeWithFewerThanFiveInviteesIsNeverWarnedAbout() {
        Participation participation = Participation.of(List.of(
                new GroupParticipation("SCHOOL", "ОО", "ОО", 100, 90),
                new GroupParticipation("ADDITIONAL", "ДО", "ДО", 4, 0)), List.of());

        assertThat(participation.warnings()).isEmpty();
        assertThat(Participation.lagsBehind(5, 0, 105, 90)).isTrue();
    }

    @Test
    void aCampaignWithoutInviteesHasNoWarnings() {
        assertThat(Participation.of(List.of(), List.of()).warnings()).isEmpty();
        assertThat(Participation.of(List.of(), List.of()).percent()).isZero();
    }
}
