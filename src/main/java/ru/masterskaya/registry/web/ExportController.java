package ru.masterskaya.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationManagement;
import ru.masterskaya.registry.PersonManagement;
import ru.masterskaya.registry.export.OrganisationsExport;
import ru.masterskaya.registry.export.PeopleExport;

/**
 * The lists as XLSX: exactly what the list page shows with the same filter and sort, all pages
 * of it, and nothing outside the user's scope.
 */
@Controller
class ExportController {

    private final PersonManagement people;
    private final OrganisationManagement organisations;
    private final PeopleExport peopleExport;
    private final OrganisationsExport organisationsExport;
    private final Clock clock;

    ExportController(
            PersonManagement people,
            OrganisationManagement organisations,
            PeopleExport peopleExport,
            OrganisationsExport organisationsExport,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.peopleExport = peopleExport;
        this.organisationsExport = organisationsExport;
        this.clock = clock;
    }

    @GetMapping("/people/export")
    ResponseEntity<byte[]> people(PeopleListParameters parameters, @AuthenticationPrincipal CurrentUser user) {
        byte[] file = peopleExport.write(people.searchAll(parameters.toFilter(), user.registryScope(), parameters.toSort()));
        return XlsxDownload.attachment("people-" + LocalDate.now(clock) + ".xlsx", file);
    }

    @GetMapping("/organisations/export")
    ResponseEntity<byte[]> organisations(OrganisationListParameters parameters, @AuthenticationPrincipal CurrentUser user) {
        byte[] file = organisationsExport.write(
                organisations.searchAll(parameters.toFilter(), user.registryScope(), parameters.toSort()));
        return XlsxDownload.attachment("organisations-" + LocalDate.now(clock) + ".xlsx", file);
    }
}
