package ru.masterskaya.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.demo.TownPlan.PlannedOrganisation;
import ru.masterskaya.registry.QualificationCategory;
import ru.masterskaya.registry.YoungSpecialistPolicy;

/**
 * Fills the staffing tables of the demo town with people. Ages and years of experience are drawn
 * from the seed alone and only then turned into calendar years, so the same seed gives the same
 * names in any year, and exactly {@link #YOUNG_SPECIALIST_SHARE} of the staff are young specialists.
 */
final class StaffGenerator {

    static final double YOUNG_SPECIALIST_SHARE = 0.10;
    static final double LEFT_SHARE = 0.02;
    static final int EARLIEST_START_AGE = 20;

    /** A post to fill; the number tells apart two teachers of the same subject in one school. */
    private record Slot(int number, int organisation, Post post, @Nullable DemoAccount account) {}

    private record Career(int age, int experience) {}

    private final Random random;
    private final int year;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    StaffGenerator(Random random, int year) {
        this.random = random;
        this.year = year;
    }

    List<List<DemoPerson>> staff(List<PlannedOrganisation> organisations) {
        List<Slot> slots = slots(organisations);
        Set<Slot> young = chooseYoung(slots);
        Set<Slot> left = chooseLeft(slots);
        List<List<DemoPerson>> staff = new ArrayList<>();
        organisations.forEach(organisation -> staff.add(new ArrayList<>()));
        for (Slot slot : slots) {
            PlannedOrganisation organisation = organisations.get(slot.organisation());
            staff.get(slot.organisation()).add(person(slot, organisation.domain(), young.contains(slot), !left.contains(slot)));
        }
        return staff;
    }

    private List<Slot> slots(List<PlannedOrganisation> organisations) {
        List<Slot> slots = new ArrayList<>();
        for (int index = 0; index < organisations.size(); index++) {
            PlannedOrganisation organisation = organisations.get(index);
            List<Post> posts = new ArrayList<>(organisation.staffing().draw(random));
            List<Slot> own = new ArrayList<>();
            for (DemoAccount account : DemoAccount.values()) {
                if (account.organisationDomain().equals(organisation.domain())) {
                    posts.stream().filter(post -> post.position().equals(account.post().position())).findFirst()
                            .filter(Post::leading)
                            .ifPresent(posts::remove);
                    own.add(new Slot(slots.size() + own.size(), index, account.post(), account));
                }
            }
            for (Post post : posts) {
                own.add(new Slot(slots.size() + own.size(), index, post, null));
            }
            slots.addAll(own);
        }
        return slots;
    }

    private Set<Slot> chooseYoung(List<Slot> slots) {
        int wanted = (int) Math.round(slots.size() * YOUNG_SPECIALIST_SHARE);
        Set<Slot> young = new HashSet<>();
        slots.stream().filter(slot -> slot.account() != null && slot.account().young()).forEach(young::add);
        List<Slot> candidates = new ArrayList<>(slots.stream()
                .filter(slot -> slot.account() == null && !slot.post().leading())
                .toList());
        Collections.shuffle(candidates, random);
        candidates.stream().limit(Math.max(0, wanted - young.size())).forEach(young::add);
        return young;
    }

    private Set<Slot> chooseLeft(List<Slot> slots) {
        List<Slot> candidates = new ArrayList<>(slots.stream().filter(slot -> slot.account() == null).toList());
        Collections.shuffle(candidates, random);
        Set<Slot> left = new HashSet<>();
        candidates.stream().limit(Math.round(slots.size() * LEFT_SHARE)).forEach(left::add);
        return left;
    }

    private DemoPerson person(Slot slot, String domain, boolean young, boolean active) {
        Post post = slot.post();
        DemoAccount account = slot.account();
        Gender gender = random.nextDouble() < post.femaleShare() ? Gender.FEMALE : Gender.MALE;
        Career career = young ? youngCareer() : career(post.leading() || (account != null && account.experienced()));
        String lastName = RussianNames.surname(gender, random);
        String firstName = RussianNames.firstName(gender, career.age(), random);
        String middleName = RussianNames.patronymic(gender, career.age(), random);
        QualificationCategory category = account != null && account.category() != null
                ? account.category()
                : category(young, career.experience());
        String email = account != null ? account.email() : email(lastName, firstName, middleName, domain);
        return new DemoPerson(
                gender, lastName, firstName, middleName, email, phone(), post.position(), post.subjects(), category,
                year - career.age(), year - career.experience(), active, account);
    }

    /** Under 35 and at most three years at work: a молодой специалист. */
    private Career youngCareer() {
        int age = 22 + random.nextInt(9);
        int experience = random.nextInt(Math.min(3, age - EARLIEST_START_AGE - 1) + 1);
        return new Career(age, experience);
    }

    /** Anyone else: never a young specialist, and leading posts only after ten years at work. */
    private Career career(boolean senior) {
        int age = senior ? 38 + random.nextInt(25) : ageOfStaff();
        int startAge = random.nextDouble() < 0.8 ? EARLIEST_START_AGE + random.nextInt(6) : 26 + random.nextInt(15);
        int minimumExperience = senior ? 10 : YoungSpecialistPolicy.EXPERIENCE_LIMIT + 1;
        startAge = Math.max(EARLIEST_START_AGE, Math.min(startAge, age - minimumExperience));
        return new Career(age, age - startAge);
    }

    private int ageOfStaff() {
        double band = random.nextDouble();
        if (band < 0.12) {
            return 25 + random.nextInt(10);
        }
        if (band < 0.38) {
            return 35 + random.nextInt(10);
        }
        if (band < 0.68) {
            return 45 + random.nextInt(10);
        }
        if (band < 0.94) {
            return 55 + random.nextInt(10);
        }
        return 65 + random.nextInt(6);
    }

    private QualificationCategory category(boolean young, int experience) {
        double draw = random.nextDouble();
        if (young) {
            return draw < 0.75 ? QualificationCategory.NONE : draw < 0.85 ? QualificationCategory.CORRESPONDENCE : QualificationCategory.FIRST;
        }
        if (experience < 5) {
            return draw < 0.4 ? QualificationCategory.NONE : draw < 0.7 ? QualificationCategory.CORRESPONDENCE : QualificationCategory.FIRST;
        }
        if (experience < 10) {
            return draw < 0.08 ? QualificationCategory.NONE
                    : draw < 0.33 ? QualificationCategory.CORRESPONDENCE
                    : draw < 0.78 ? QualificationCategory.FIRST
                    : QualificationCategory.HIGHEST;
        }
        return draw < 0.04 ? QualificationCategory.NONE
                : draw < 0.19 ? QualificationCategory.CORRESPONDENCE
                : draw < 0.52 ? QualificationCategory.FIRST
                : draw < 0.92 ? QualificationCategory.HIGHEST
                : draw < 0.95 ? QualificationCategory.TEACHER_METHODOLOGIST
                : QualificationCategory.TEACHER_MENTOR;
    }

    /** фамилия.ио@школа.zarechny.example, with a number when two people would share it. */
    private String email(String lastName, String firstName, String middleName, String domain) {
        String local = Transliteration.toLatin(lastName) + "."
                + Transliteration.toLatin(firstName).charAt(0) + Transliteration.toLatin(middleName).charAt(0);
        String host = domain + "." + DemoTown.DOMAIN;
        String email = local + "@" + host;
        for (int number = 2; !emails.add(email); number++) {
            email = local + number + "@" + host;
        }
        return email;
    }

    private @Nullable String phone() {
        if (random.nextInt(10) == 0) {
            return null;
        }
        String phone;
        do {
            phone = "+7 (9%02d) %03d-%02d-%02d".formatted(
                    random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
        } while (!phones.add(phone));
        return phone;
    }
}
