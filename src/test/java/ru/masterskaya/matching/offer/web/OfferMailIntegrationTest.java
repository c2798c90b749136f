package ru.masterskaya.matching.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.Mailbox;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class})
class OfferMailIntegrationTest {

    @RegisterExtension
    static Mailbox mailbox = new Mailbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    @Test
    void theMasterIsEmailedWhenAnOfferIsProposed() throws Exception {
        MatchingFixtures.Town town = fixtures.town();
        CurrentUser coordinator = registry.coordinatorOf(town.municipality(), town.school());

        mvc.perform(post("/matching/offers").with(csrf()).with(user(coordinator)).param("personId", town.boris().getId().toString())
                        .param("topicIds", DiagnosticsFixtures.HACKATHON.toString()).param("capacity", "2").param("yearlyCap", "4")
                        .param("format", "MIXED"))
                .andExpect(status().is3xxRedirection());

        Mailbox.ReceivedMail mail = mailbox.awaitMailTo(town.boris().getEmail());
        assertThat(mail.subject()).startsWith("Мастерская: вам предлагают стать мастером в " + town.campaign().academicYear().label());
        assertThat(mail.text()).contains("Здравствуйте, Борис", "«Проектный хакатон как форма методической работы»",
                "http://localhost:8080/my/offer");
    }
}
