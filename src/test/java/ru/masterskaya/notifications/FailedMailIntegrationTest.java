package ru.masterskaya.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.RegistryFixtures;

/**
 * An e-mail the SMTP server refuses is given up after the allowed attempts (one here) instead of being
 * retried for ever; the administrator sees it with its error and may send it again, nobody else sees it.
 */
@MasterskayaIntegrationTest
@TestPropertySource(properties = "masterskaya.mail.max-attempts=1")
class FailedMailIntegrationTest {

    /** Not an address any server accepts: the message fails before it leaves, whatever SMTP server listens. */
    private static final String BROKEN_ADDRESS = "ученик@@школа";

    @Autowired
    MockMvc mvc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegistryFixtures registry;

    @Test
    void aMessageThatCannotBeSentIsGivenUpShownToTheAdministratorAndCanBeSentAgain() throws Exception {
        Organisation school = registry.school(registry.municipality());
        CurrentUser administrator = registry.administrator(school);
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(BROKEN_ADDRESS, "Приглашение", "Текст")));

        await().atMost(Duration.ofSeconds(15)).until(() -> failedRow(page(administrator)) != null);
        Element row = failedRow(page(administrator));
        assertThat(row.select("td").get(1).text()).isEqualTo("Приглашение");
        assertThat(row.select("td").get(3).text()).isEqualTo("1");
        assertThat(row.select(".failed-mail-error").text()).isNotBlank();
        String firstFailure = row.attr("data-failed-at");

        mvc.perform(post("/admin/mail/" + row.attr("data-id") + "/retry").with(csrf()).with(user(administrator)))
                .andExpect(status().is3xxRedirection());

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            Element again = failedRow(page(administrator));
            return again != null && !again.attr("data-failed-at").equals(firstFailure);
        });
        assertThat(failedRow(page(administrator)).select("td").get(3).text()).isEqualTo("1");
    }

    @Test
    void onlyTheAdministratorSeesTheUnsentMessages() throws Exception {
        Organisation school = registry.school(registry.municipality());
        CurrentUser coordinator = registry.coordinatorOf(school.getMunicipality(), school);

        mvc.perform(get("/admin/mail").with(user(coordinator))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/" + java.util.UUID.randomUUID() + "/retry").with(csrf()).with(user(coordinator)))
                .andExpect(status().isForbidden());
    }

    private Document page(CurrentUser administrator) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/mail").with(user(administrator))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static Element failedRow(Document page) {
        return page.selectFirst(".failed-mail[data-recipient=" + BROKEN_ADDRESS + "]");
    }
}
