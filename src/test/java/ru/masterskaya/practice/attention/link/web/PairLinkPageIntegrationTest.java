package ru.masterskaya.practice.attention.link.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.practice.PracticePair;
import ru.masterskaya.practice.attention.AttentionFixtures;
import ru.masterskaya.practice.attention.link.PairLinkNotUsable;
import ru.masterskaya.practice.attention.link.PairLinks;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** The page behind a reminder's link shows the pair without a login, keeps no session, and the link serves one entry only. */
@MasterskayaIntegrationTest
@Import(AttentionFixtures.class)
class PairLinkPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    AttentionFixtures fixtures;

    @Autowired
    PairLinks links;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    PracticePair pair;
    Person practitioner;

    @BeforeEach
    void anActivePair() {
        Organisation school = registry.school(registry.municipality());
        practitioner = registry.teacher(school, "Ссылкина", "Лидия");
        pair = fixtures.activePair(practitioner, registry.teacher(school, "Мастеров", "Марк"));
    }

    @Test
    void theLinkShowsThePairWithoutLoginAndWithoutASession() throws Exception {
        String token = issue();

        MvcResult page = mvc.perform(get("/p/" + token)).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn();

        assertThat(page.getResponse().getContentAsString()).contains("Сетевое сообщество педагогов", "М.П. Мастеров", "Л.П. Ссылкина",
                "data-side=\"PRACTITIONER\"", "Ссылка действует до");
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownUsedOrExpiredLinkSaysItNoLongerWorks() throws Exception {
        mvc.perform(get("/p/" + "x".repeat(43))).andExpect(status().isGone());

        String token = issue();
        transactions.executeWithoutResult(status -> assertThat(links.redeem(token).personId()).isEqualTo(practitioner.getId()));

        String page = mvc.perform(get("/p/" + token)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ссылка больше не действует");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> links.redeem(token))).isInstanceOf(PairLinkNotUsable.class);

        String expired = transactions.execute(status -> links.issue(pair.getId(), practitioner.getId(),
                clock.instant().minus(PairLinks.VALIDITY).minus(Duration.ofMinutes(1))));
        mvc.perform(get("/p/" + expired)).andExpect(status().isGone());
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        String token = issue();

        assertThat(jdbc.queryForList("SELECT token_hash FROM pair_link WHERE pair_id = ?", String.class, pair.getId()))
                .singleElement().satisfies(stored -> assertThat(stored).hasSize(64).isNotEqualTo(token));
        assertThat(links.open(token)).isPresent();
        assertThat(links.open(token + "x")).isEmpty();
    }

    private String issue() {
        return transactions.execute(status -> links.issue(pair.getId(), practitioner.getId(), clock.instant()));
    }
}
