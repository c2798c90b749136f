package ru.masterskaya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.YoungSpecialistPolicy;

class DemoTownGeneratorTest {

    static final int YEAR = 2025;
    static final DemoTown TOWN = DemoTownGenerator.generate(2025, YEAR);

    @Test
    void sameSeedAndYearGiveTheSameTown() {
        assertThat(DemoTownGenerator.generate(2025, YEAR)).isEqualTo(TOWN);
    }

    @Test
    void sameSeedGivesTheSameNamesInALaterYearWithShiftedYears() {
        DemoTown later = DemoTownGenerator.generate(2025, YEAR + 3);

        assertThat(later.people()).hasSameSizeAs(TOWN.people());
        for (int i = 0; i < TOWN.people().size(); i++) {
            DemoPerson before = TOWN.people().get(i);
            DemoPerson after = later.people().get(i);
            assertThat(after.email()).isEqualTo(before.email());
            assertThat(after.birthYear()).isEqualTo(before.birthYear() + 3);
            assertThat(after.experienceSinceYear()).isEqualTo(before.experienceSinceYear() + 3);
        }
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        DemoTown other = DemoTownGenerator.generate(7, YEAR);

        assertThat(other.people().stream().map(DemoPerson::email).toList())
                .isNotEqualTo(TOWN.people().stream().map(DemoPerson::email).toList());
    }

    @Test
    void townHasTheOrganisationsOfAMunicipalityAndAboutSixHundredPeople() {
        Map<String, Long> byType = TOWN.organisations().stream()
                .collect(Collectors.groupingBy(DemoOrganisation::typeCode, Collectors.counting()));

        assertThat(byType).containsExactlyInAnyOrderEntriesOf(
                Map.of("SCHOOL", 18L, "PRESCHOOL", 14L, "ADDITIONAL", 5L, "METHODICAL_CENTRE", 1L, "COLLEGE", 1L));
        assertThat(TOWN.people()).hasSizeBetween(560, 640);
        assertThat(TOWN.organisations()).extracting(DemoOrganisation::shortName).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(longs = {2025, 1, 42, 100_000})
    void namesAgreeWithTheGender(long seed) {
        List<DemoPerson> people = DemoTownGenerator.generate(seed, YEAR).people();
        for (DemoPerson person : people) {
            if (person.gender() == Gender.FEMALE) {
                assertThat(person.middleName()).as(person.toString()).endsWith("на");
                assertThat(person.lastName()).as(person.toString()).matches(".*(а|ая|ко|их|ых)");
            } else {
                assertThat(person.middleName()).as(person.toString()).endsWith("ич");
                assertThat(person.lastName()).as(person.toString()).doesNotMatch(".*(ова|ева|ёва|ина|ая)");
            }
        }
        assertThat(firstNames(people, Gender.FEMALE)).doesNotContainAnyElementsOf(firstNames(people, Gender.MALE));
    }

    private static Set<String> firstNames(List<DemoPerson> people, Gender gender) {
        return people.stream().filter(person -> person.gender() == gender).map(DemoPerson::firstName).collect(Collectors.toSet());
    }

    @Test
    void mostStaffAreWomenAsInRealSchools() {
        long women = TOWN.people().stream().filter(person -> person.gender() == Gender.FEMALE).count();

        assertThat((double) women / TOWN.people().size()).isBetween(0.75, 0.92);
    }

    @ParameterizedTest
    @ValueSource(longs = {2025, 1, 42, 100_000})
    void aboutOneInTenIsAYoungSpecialist(long seed) {
        List<DemoPerson> people = DemoTownGenerator.generate(seed, YEAR).people();

        long young = people.stream()
                .filter(person -> YoungSpecialistPolicy.applies(person.birthYear(), person.experienceSinceYear(), YEAR))
                .count();

        assertThat((double) young / people.size()).isBetween(0.08, 0.12);
    }

    @Test
    void noOneStartsWorkBeforeTwentyOrInTheFuture() {
        assertThat(TOWN.people()).allSatisfy(person -> {
            assertThat(person.experienceSinceYear() - person.birthYear()).isGreaterThanOrEqualTo(20);
            assertThat(person.experienceSinceYear()).isLessThanOrEqualTo(YEAR);
            assertThat(YEAR - person.birthYear()).isBetween(22, 70);
        });
    }

    @Test
    void leadingPostsAndHighCategoriesNeedYearsOfWork() {
        assertThat(TOWN.people())
                .filteredOn(person -> person.position().startsWith("директор") || person.position().startsWith("заместитель"))
                .allSatisfy(person -> assertThat(YEAR - person.experienceSinceYear()).isGreaterThanOrEqualTo(10));
        assertThat(TOWN.people())
                .filteredOn(person -> person.category() == QualificationCategory.HIGHEST)
                .allSatisfy(person -> assertThat(YEAR - person.experienceSinceYear()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void categoriesAreARealisticMixIncludingMethodologistsAndMentors() {
        Map<QualificationCategory, Long> byCategory = TOWN.people().stream()
                .collect(Collectors.groupingBy(DemoPerson::category, Collectors.counting()));

        assertThat(byCategory.keySet()).containsExactlyInAnyOrder(QualificationCategory.values());
        assertThat(byCategory.get(QualificationCategory.HIGHEST)).isGreaterThan(byCategory.get(QualificationCategory.NONE));
        assertThat(byCategory.get(QualificationCategory.TEACHER_METHODOLOGIST)).isBetween(3L, 40L);
        assertThat(byCategory.get(QualificationCategory.TEACHER_MENTOR)).isBetween(3L, 40L);
    }

    @ParameterizedTest
    @ValueSource(longs = {2025, 1, 42, 100_000})
    void emailsAreUniqueAndOnTheReservedDomain(long seed) {
        List<String> emails = DemoTownGenerator.generate(seed, YEAR).people().stream().map(DemoPerson::email).toList();

        assertThat(emails).doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).matches("[a-z0-9.]+@([a-z0-9]+\\.)?zarechny\\.example"));
    }

    @Test
    void phonesLookLikeRussianMobileNumbers() {
        assertThat(TOWN.people()).extracting(DemoPerson::phone).filteredOn(phone -> phone != null)
                .isNotEmpty()
                .allSatisfy(phone -> assertThat(phone).matches("\\+7 \\(9\\d\\d\\) \\d{3}-\\d\\d-\\d\\d"));
    }

    @Test
    void organisationsHaveValidInnsAndAddresses() {
        assertThat(TOWN.organisations()).extracting(DemoOrganisation::inn).doesNotHaveDuplicates()
                .allSatisfy(inn -> {
                    assertThat(inn).matches("\\d{10}");
                    assertThat(TownPlan.innCheckDigit(inn)).isEqualTo(inn.charAt(9) - '0');
                });
        assertThat(TOWN.organisations()).extracting(DemoOrganisation::address)
                .allSatisfy(address -> assertThat(address).contains("г. Заречный"));
    }

    @Test
    void eachDemoAccountIsHeldByOneActivePersonWhoseWorkFitsTheRole() {
        Map<DemoAccount, DemoPerson> holders = TOWN.people().stream().filter(person -> person.account() != null)
                .collect(Collectors.toMap(DemoPerson::account, Function.identity()));

        assertThat(holders).containsOnlyKeys(DemoAccount.values());
        assertThat(holders.values()).allSatisfy(holder -> {
            assertThat(holder.active()).isTrue();
            assertThat(holder.email()).isEqualTo(holder.account().email());
        });
        DemoPerson practitioner = holders.get(DemoAccount.PRACTITIONER);
        assertThat(YoungSpecialistPolicy.applies(practitioner.birthYear(), practitioner.experienceSinceYear(), YEAR)).isTrue();
        assertThat(holders.get(DemoAccount.MASTER).category()).isEqualTo(QualificationCategory.TEACHER_MENTOR);
        assertThat(holders.get(DemoAccount.COORDINATOR).position()).isEqualTo("методист");
        assertThat(holders.get(DemoAccount.INSTITUTION_COORDINATOR).position())
                .isEqualTo("заместитель директора по методической работе");
    }

    @Test
    void aFewPeopleHaveLeft() {
        assertThat(TOWN.people().stream().filter(person -> !person.active()).count()).isBetween(5L, 25L);
    }

    @Test
    void eachOrganisationHasOneHead() {
        assertThat(TOWN.organisations()).allSatisfy(organisation -> assertThat(organisation.staff())
                .filteredOn(person -> Arrays.asList("директор", "заведующий").contains(person.position()))
                .hasSize(1));
    }
}
