package ru.masterskaya.matching.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.diagnostics.DiagnosticsFixtures;
import ru.masterskaya.matching.MatchingFixtures;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryFixtures;

/** Offers over the town of {@link MatchingFixtures}: Борис is the candidate on the hackathon, Анна on the network community. */
@MasterskayaIntegrationTest
@Import({DiagnosticsFixtures.class, MatchingFixtures.class})
class MasterOffersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MatchingFixtures fixtures;

    MatchingFixtures.Town town;
    CurrentUser coordinator;

    @BeforeEach
    void aTownAfterItsSelfDiagnosis() {
        town = fixtures.town();
        coordinator = registry.coordinatorOf(town.municipality(), town.school());
    }

    @Test
    void theCandidatesFromSelfDiagnosisAreListedWithTheirStrongTopics() throws Exception {
        Document page = page(get("/matching/offers"), coordinator);

        assertThat(page.select("#candidates .candidate").eachAttr("data-person-id"))
                .containsExactlyInAnyOrder(town.anna().getId().toString(), town.boris().getId().toString());
        assertThat(page.select(".candidate[data-person-id=" + town.boris().getId() + "]").text())
                .contains("Проектный хакатон как форма методической работы: 83 %");
    }

    @Test
    void proposingFromACandidateStartsWithTheirTopicsAndStoresTheirPercent() throws Exception {
        Document form = page(get("/matching/offers/new").param("personId", town.boris().getId().toString()), coordinator);
        assertThat(form.select("input[name=topicIds][checked]").eachAttr("value")).containsExactly(DiagnosticsFixtures.HACKATHON.toString());
        assertThat(form.select("select#personId option[selected]").attr("value")).isEqualTo(town.boris().getId().toString());

        mvc.perform(propose(town.boris(), DiagnosticsFixtures.HACKATHON, DiagnosticsFixtures.NETWORK_COMMUNITY).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());

        Document list = page(get("/matching/offers"), coordinator);
        assertThat(list.select(".offer-row").attr("data-person-id")).isEqualTo(town.boris().getId().toString());
        assertThat(list.select(".offer-row").attr("data-status")).isEqualTo("PROPOSED");
        assertThat(list.select(".offer-topic[data-topic-id=" + DiagnosticsFixtures.HACKATHON + "]").attr("data-percent")).isEqualTo("83");
        assertThat(list.select(".offer-topic[data-topic-id=" + DiagnosticsFixtures.NETWORK_COMMUNITY + "]").attr("data-percent")).isEqualTo("75");
        assertThat(list.select("#candidates .candidate").eachAttr("data-person-id")).containsExactly(town.anna().getId().toString());
    }

    @Test
    void aTopicOfSomeoneWithoutSelfDiagnosisIsDeclared() throws Exception {
        Person newcomer = registry.teacher(town.school(), "Новикова", "Нина");
        mvc.perform(propose(newcomer, DiagnosticsFixtures.LESSON_ANALYSIS).with(user(coordinator))).andExpect(status().is3xxRedirection());

        Document list = page(get("/matching/offers"), coordinator);
        assertThat(list.select(".offer-row[data-person-id=" + newcomer.getId() + "] .offer-topic").attr("data-percent")).isEmpty();
        assertThat(list.select(".offer-row[data-person-id=" + newcomer.getId() + "] .offer-topic").text()).contains("заявлена координатором");
    }

    @Test
    void badTermsAreExplainedInRussianAndNothingIsStored() throws Exception {
        Document page = page(terms(town.boris(), "11", "20", "MIXED"), coordinator);
        assertThat(page.select("#capacity-errors").text()).isEqualTo("«Практикантов одновременно» — от 1 до 10.");
        assertThat(page.select("#topicIds-errors").text()).isEqualTo("Отметьте хотя бы одну тему.");

        page = page(terms(town.boris(), "3", "2", "MIXED", DiagnosticsFixtures.HACKATHON)
                .param("basisNumber", "17-к").param("basisDate", LocalDate.now().plusDays(1).toString()), coordinator);
        assertThat(page.select("#yearlyCap-errors").text())
                .isEqualTo("«Практикантов за год» не может быть меньше, чем «Практикантов одновременно».");
        assertThat(page.select("#basisDate-errors").text()).isEqualTo("«Дата документа» не может быть позже сегодняшнего дня.");
        assertThat(page.select("#basisNumber").val()).isEqualTo("17-к");

        page = page(propose(town.boris(), DiagnosticsFixtures.HACKATHON).param("basisNumber", "17-к"), coordinator);
        assertThat(page.select("#basisDate-errors").text())
                .isEqualTo("Укажите и номер, и дату документа-основания или оставьте оба поля пустыми.");

        assertThat(page(get("/matching/offers"), coordinator).select(".offer-row")).isEmpty();
    }

    @Test
    void theMasterConfirmsWithConsentWithinTheCoordinatorsLimits() throws Exception {
        mvc.perform(terms(town.boris(), "3", "6", "IN_PERSON", DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        CurrentUser boris = registry.user(town.boris(), "secret-password");
        Document mine = page(get("/my/offer"), boris);
        String offerId = mine.select("#my-offer-form").attr("action").replaceAll(".*/my/offer/([^/]+)/confirm", "$1");
        assertThat(mine.select("#my-offer-status").attr("data-status")).isEqualTo("PROPOSED");

        assertThat(page(confirm(offerId, "2", "IN_PERSON", false), boris).select("#my-offer-error").text())
                .isEqualTo("Отметьте согласие, чтобы подтвердить предложение.");
        assertThat(page(confirm(offerId, "4", "IN_PERSON", true), boris).select("#my-offer-error").text())
                .isEqualTo("«Практикантов одновременно» — от 1 до предела, который задал координатор.");
        assertThat(page(confirm(offerId, "2", "REMOTE", true), boris).select("#my-offer-error").text())
                .isEqualTo("Этот формат не входит в условия координатора.");
        mvc.perform(confirm(offerId, "2", "IN_PERSON", true).with(user(boris))).andExpect(status().is3xxRedirection());

        assertThat(page(get("/my/offer"), boris).select("#my-offer-status").attr("data-status")).isEqualTo("CONFIRMED");
        Document list = page(get("/matching/offers"), coordinator);
        assertThat(list.select(".offer-row").attr("data-status")).isEqualTo("CONFIRMED");
        assertThat(list.select(".offer-row td:nth-child(3)").text()).isEqualTo("2 / 6");
    }

    @Test
    void nobodyElseConfirmsAMastersOffer() throws Exception {
        mvc.perform(propose(town.boris(), DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        CurrentUser boris = registry.user(town.boris(), "secret-password");
        String offerId = page(get("/my/offer"), boris).select("#my-offer-form").attr("action").replaceAll(".*/my/offer/([^/]+)/confirm", "$1");
        CurrentUser anna = registry.user(town.anna(), "secret-password");

        assertThat(page(get("/my/offer"), anna).select("#my-offer-none")).isNotEmpty();
        mvc.perform(confirm(offerId, "1", "MIXED", true).with(user(anna))).andExpect(status().isNotFound());
    }

    @Test
    void anInstitutionCoordinatorReadsTheOffersOfTheirOrganisationOnly() throws Exception {
        mvc.perform(propose(town.boris(), DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        Person educator = registry.teacher(town.kindergarten(), "Воспитателева", "Ольга");
        mvc.perform(propose(educator, DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        CurrentUser deputy = registry.deputyOf(town.school());

        Document page = page(get("/matching/offers"), deputy);
        assertThat(page.select(".offer-row").eachAttr("data-person-id")).containsExactly(town.boris().getId().toString());
        assertThat(page.select("#candidates")).isEmpty();
        assertThat(page.select("#offer-new")).isEmpty();
        mvc.perform(get("/matching/offers/new").with(user(deputy))).andExpect(status().isForbidden());
        mvc.perform(propose(town.anna(), DiagnosticsFixtures.NETWORK_COMMUNITY).with(user(deputy))).andExpect(status().isForbidden());
        String offerId = page.select(".offer-row").attr("data-offer-id");
        mvc.perform(post("/matching/offers/{id}/withdraw", offerId).with(user(deputy)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorOfAnotherTownNeitherSeesNorChangesTheOffers() throws Exception {
        mvc.perform(propose(town.boris(), DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        String offerId = page(get("/matching/offers"), coordinator).select(".offer-row").attr("data-offer-id");
        var elsewhere = registry.municipality();
        CurrentUser stranger = registry.coordinatorOf(elsewhere, registry.school(elsewhere));

        assertThat(page(get("/matching/offers"), stranger).select(".offer-row")).isEmpty();
        mvc.perform(get("/matching/offers/{id}/edit", offerId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/matching/offers/{id}/withdraw", offerId).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(propose(town.anna(), DiagnosticsFixtures.NETWORK_COMMUNITY).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void teachersDoNotOpenTheCoordinatorsPages() throws Exception {
        CurrentUser teacher = registry.teacherAccount(town.school());
        mvc.perform(get("/matching/offers").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/matching/requests").with(user(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/my/offer").with(user(teacher))).andExpect(status().isOk());
    }

    @Test
    void aWithdrawnOfferIsShownAsSuchAndCanNoLongerBeConfirmed() throws Exception {
        mvc.perform(propose(town.boris(), DiagnosticsFixtures.HACKATHON).with(user(coordinator))).andExpect(status().is3xxRedirection());
        String offerId = page(get("/matching/offers"), coordinator).select(".offer-row").attr("data-offer-id");
        mvc.perform(post("/matching/offers/{id}/withdraw", offerId).with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());

        CurrentUser boris = registry.user(town.boris(), "secret-password");
        Document mine = page(get("/my/offer"), boris);
        assertThat(mine.select("#my-offer-status").attr("data-status")).isEqualTo("WITHDRAWN");
        assertThat(mine.select("#my-offer-form")).isEmpty();
    }

    private MockHttpServletRequestBuilder propose(Person master, UUID... topics) {
        return terms(master, "2", "4", "MIXED", topics);
    }

    private MockHttpServletRequestBuilder terms(Person master, String capacity, String yearlyCap, String format, UUID... topics) {
        MockHttpServletRequestBuilder request = post("/matching/offers").with(csrf())
                .param("personId", master.getId().toString()).param("capacity", capacity).param("yearlyCap", yearlyCap).param("format", format);
        for (UUID topic : topics) {
            request.param("topicIds", topic.toString());
        }
        return request;
    }

    private MockHttpServletRequestBuilder confirm(String offerId, String capacity, String format, boolean consent) {
        MockHttpServletRequestBuilder request = post("/my/offer/{id}/confirm", offerId).with(csrf()).param("capacity", capacity).param("format", format);
        return consent ? request.param("consent", "true") : request;
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
