package ru.masterskaya.diagnostics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.CampaignParameters;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.diagnostics.campaign.ResponseRepository;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.Instruments;
import ru.masterskaya.diagnostics.instrument.ItemDraft;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.scoring.Thresholds;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;
import ru.masterskaya.registry.RegistryScope;

/**
 * Instruments and campaigns for tests, made through the same services the pages use. Calls that
 * need a role run as an administrator for their duration only.
 */
@TestComponent
public class DiagnosticsFixtures {

    /** Seeded topics (V8) the small instrument asks about. */
    public static final UUID HACKATHON = UUID.fromString("7d0c1a00-0000-4000-8000-000000000201");
    public static final UUID LESSON_ANALYSIS = UUID.fromString("7d0c1a00-0000-4000-8000-000000000203");
    public static final UUID NETWORK_COMMUNITY = UUID.fromString("7d0c1a00-0000-4000-8000-000000000402");

    private final Instruments instruments;
    private final Campaigns campaigns;
    private final ResponseRepository responses;
    private final TransactionTemplate transactions;

    DiagnosticsFixtures(Instruments instruments, Campaigns campaigns, ResponseRepository responses, TransactionTemplate transactions) {
        this.instruments = instruments;
        this.campaigns = campaigns;
        this.responses = responses;
        this.transactions = transactions;
    }

    /**
     * Six items over three topics: per topic maxima hackathon 4 + 2 = 6, lesson analysis 4 + 3 = 7,
     * network community 4, and one free-text wish.
     */
    public static List<ItemDraft> smallInstrumentItems() {
        return List.of(
                ItemDraft.selfRating(HACKATHON, "Я умею организовать проектный хакатон для коллег"),
                ItemDraft.choice(ItemKind.SINGLE_CHOICE, HACKATHON, "Сколько длится хакатон обычно?",
                        List.of(new ItemOption("Один урок", 0), new ItemOption("Один-два дня", 2), new ItemOption("Месяц", 0))),
                ItemDraft.selfRating(LESSON_ANALYSIS, "Я провожу анализ посещённого урока по схеме"),
                ItemDraft.choice(ItemKind.MULTIPLE_CHOICE, LESSON_ANALYSIS, "Что входит в анализ урока?",
                        List.of(new ItemOption("Цель посещения", 1), new ItemOption("Оценка внешности учителя", -1),
                                new ItemOption("Обратная связь учителю", 2))),
                ItemDraft.selfRating(NETWORK_COMMUNITY, "Я участвую в сетевом сообществе педагогов"),
                ItemDraft.freeText(null, "Чему я хочу научиться в этом году?"));
    }

    public InstrumentVersion smallInstrument() {
        return asAdministrator(() -> instruments.create("Самодиагностика " + RegistryFixtures.unique(), null, smallInstrumentItems()));
    }

    /** A campaign of the municipality open from yesterday for a month, with these invitees. */
    public Campaign openCampaign(Municipality municipality, Collection<Person> invitees) {
        InstrumentVersion version = smallInstrument();
        LocalDate today = LocalDate.now();
        return asAdministrator(() -> campaigns.start(new CampaignParameters("Самодиагностика " + RegistryFixtures.unique(),
                        AcademicYear.containing(today), version.getId(), null, municipality.getId(), null, today.minusDays(1),
                        today.plusDays(30), Thresholds.R201, 81, 3, "Тестовые приглашённые"),
                invitees, RegistryScope.EVERYTHING, "test@masterskaya"));
    }

    public DiagnosisResponse responseOf(Campaign campaign, Person person) {
        return transactions.execute(status -> responses.findByCampaignIdAndPersonId(campaign.getId(), person.getId()).orElseThrow());
    }

    public static <T> T asAdministrator(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("fixtures", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
