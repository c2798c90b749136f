package ru.masterskaya.diagnostics.campaign.invitation;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.masterskaya.diagnostics.campaign.Campaign;
import ru.masterskaya.diagnostics.campaign.Campaigns;
import ru.masterskaya.diagnostics.campaign.DiagnosisResponse;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.OrganisationRepository;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.OrganisationTypeRepository;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryScope;

/**
 * The invitees of a campaign that a user may see, with their names and organisations from the
 * registry, sorted by organisation and name. A deputy director gets only their own staff.
 */
@Service
@Transactional(readOnly = true)
public class InviteeDirectory {

    private final Campaigns campaigns;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final OrganisationTypeRepository types;
    private final CampaignMails mails;

    InviteeDirectory(Campaigns campaigns, PersonRepository people, OrganisationRepository organisations, OrganisationTypeRepository types,
            CampaignMails mails) {
        this.campaigns = campaigns;
        this.people = people;
        this.organisations = organisations;
        this.types = types;
        this.mails = mails;
    }

    public List<InviteeRow> rows(Campaign campaign, RegistryScope scope) {
        List<DiagnosisResponse> responses = campaigns.responses(campaign, scope);
        Map<UUID, Person> persons = people.findAllByIds(responses.stream().map(DiagnosisResponse::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<UUID, Organisation> organisationsById = organisations.findAllById(
                        responses.stream().map(DiagnosisResponse::getOrganisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        Map<String, String> typeNames = types.findAll().stream().collect(Collectors.toMap(OrganisationType::getCode, OrganisationType::getName));
        Collator collator = Collator.getInstance(InviteeSelection.RUSSIAN);
        return responses.stream()
                .map(response -> row(response, persons.get(response.getPersonId()), organisationsById.get(response.getOrganisationId()), typeNames))
                .sorted(Comparator.comparing(InviteeRow::organisationName, collator).thenComparing(InviteeRow::name, collator))
                .toList();
    }

    private InviteeRow row(DiagnosisResponse response, Person person, Organisation organisation, Map<String, String> typeNames) {
        String name = person == null ? "—" : person.getFullName().full();
        String organisationName = organisation == null ? "—" : organisation.getShortName();
        return new InviteeRow(response.getId(), name, person == null ? "" : person.getPosition(), person == null ? "" : person.getEmail(),
                response.getOrganisationId(), organisationName, response.getOrganisationType(),
                typeNames.getOrDefault(response.getOrganisationType(), response.getOrganisationType()), response.status(),
                response.getInvitationSentAt(), response.getRemindersSent(), response.isRevoked(), mails.link(response),
                searchKey(name + " " + organisationName + " " + (person == null ? "" : person.getEmail())));
    }

    /** Lower case with «ё» as «е», so that a search finds «Семёнова» typed as «семенова». */
    public static String searchKey(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
