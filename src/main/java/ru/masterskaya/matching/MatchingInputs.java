package ru.masterskaya.matching;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.offer.MasterOffer;
import ru.masterskaya.matching.offer.MasterOffers;
import ru.masterskaya.matching.offer.OfferStatus;
import ru.masterskaya.matching.request.PractitionerRequest;
import ru.masterskaya.matching.request.PractitionerRequests;
import ru.masterskaya.matching.request.RequestStatus;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.RegistryScope;

/**
 * What a matching run starts from, as plain records detached from the database: the offers the
 * masters have confirmed (a proposed offer is not yet consent) and the open requests, both within
 * the scope of the coordinator who runs it.
 */
@Service
@Transactional(readOnly = true)
public class MatchingInputs {

    private final MasterOffers offers;
    private final PractitionerRequests requests;

    MatchingInputs(MasterOffers offers, PractitionerRequests requests) {
        this.offers = offers;
        this.requests = requests;
    }

    public List<OfferInput> confirmedOffers(AcademicYear year, RegistryScope scope) {
        return offers.list(year, scope).stream()
                .filter(row -> row.offer().getStatus() == OfferStatus.CONFIRMED)
                .map(row -> input(row.offer(), row.master()))
                .toList();
    }

    public List<RequestInput> openRequests(AcademicYear year, RegistryScope scope) {
        return requests.list(year, scope).stream()
                .filter(row -> row.request().getStatus() == RequestStatus.OPEN)
                .map(row -> input(row.request(), row.practitioner()))
                .toList();
    }

    private static OfferInput input(MasterOffer offer, Person master) {
        Organisation organisation = master.getOrganisation();
        return new OfferInput(offer.getId(), master.getId(), organisation.getId(), organisation.getMunicipality().getId(),
                organisation.getType().getCode(), master.getCategory(), offer.getCapacity(), offer.getYearlyCap(), offer.getFormat(),
                offer.getTopics().stream().map(topic -> new OfferInput.Strength(topic.getTopicId(), topic.getPercent())).toList(),
                offer.getMunicipalityIds(), offer.getOrganisationIds(), offer.getMentoringIds());
    }

    private static RequestInput input(PractitionerRequest request, Person practitioner) {
        Organisation organisation = practitioner.getOrganisation();
        return new RequestInput(request.getId(), practitioner.getId(), organisation.getId(), organisation.getMunicipality().getId(),
                organisation.getType().getCode(), practitioner.getCategory(),
                request.getTopics().stream().map(topic -> new RequestInput.Need(topic.getTopicId(), topic.getPercent(), topic.getLevel())).toList(),
                request.getPriorityTopicId(), request.getPreferredFormat(), request.isOwnOrganisationOk());
    }
}
