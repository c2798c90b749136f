package ru.masterskaya.registry;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes organisations, and answers which of them a user may see. */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

    private static final Sort BY_NAME = Sort.by("shortName");

    private final OrganisationRepository organisations;
    private final MunicipalityRepository municipalities;
    private final OrganisationTypeRepository types;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationManagement(
            OrganisationRepository organisations,
            MunicipalityRepository municipalities,
            OrganisationTypeRepository types,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.types = types;
        this.events = events;
        this.clock = clock;
    }

    public Page<Organisation> search(OrganisationFilter filter, RegistryScope scope, Pageable pageable) {
        return organisations.findAll(RegistrySpecifications.organisations(filter, scope), pageable);
    }

    public List<Organisation> searchAll(OrganisationFilter filter, RegistryScope scope, Sort sort) {
        return organisations.findAll(RegistrySpecifications.organisations(filter, scope), sort);
    }

    /** Every organisation the user may assign people to, by short name. */
    public List<Organisation> visibleTo(RegistryScope scope) {
        return searchAll(OrganisationFilter.none(), scope, BY_NAME);
    }

    public List<Municipality> municipalitiesIn(RegistryScope scope) {
        return municipalities.findAllByOrderByName().stream().filter(scope::covers).toList();
    }

    public List<OrganisationType> activeTypes() {
        return types.findByActiveTrueOrderBySortOrder();
    }

    public Organisation get(OrganisationId id, RegistryScope scope) {
        return organisations.findWithDetailsById(id.value())
                .filter(scope::covers)
                .orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    @Transactional
    public Organisation register(OrganisationParameters parameters, RegistryScope scope, String actor) {
        Municipality municipality = municipalityInScope(parameters.municipalityId(), scope);
        ensureShortNameFree(parameters, null);
        Organisation organisation = organisations.save(
                new Organisation(municipality, type(parameters.typeCode()), parameters, clock.instant()));
        events.publishEvent(new OrganisationRegistered(organisation.id(), organisation.getShortName(), actor));
        return organisation;
    }

    @Transactional
    public Organisation change(OrganisationId id, long expectedVersion, OrganisationParameters parameters, RegistryScope scope, String actor) {
        Organisation organisation = get(id, scope);
        if (organisation.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(organisation);
        }
        Municipality municipality = municipalityInScope(parameters.municipalityId(), scope);
        ensureShortNameFree(parameters, organisation.getId());
        List<FieldChange> changes = organisation.change(municipality, type(parameters.typeCode()), parameters, clock.instant());
        if (!changes.isEmpty()) {
            events.publishEvent(new OrganisationChanged(organisation.id(), organisation.getShortName(), actor, changes));
        }
        return organisation;
    }

    private void ensureShortNameFree(OrganisationParameters parameters, @org.jspecify.annotations.Nullable UUID self) {
        boolean taken = organisations.findByMunicipalityIdAndShortNameIgnoreCase(parameters.municipalityId(), parameters.shortName().strip())
                .stream()
                .anyMatch(other -> !Objects.equals(other.getId(), self));
        if (taken) {
            throw new ShortNameAlreadyUsed(parameters.shortName());
        }
    }

    private Municipality municipalityInScope(UUID municipalityId, RegistryScope scope) {
        return municipalities.findById(municipalityId)
                .filter(scope::covers)
                .orElseThrow(() -> new OrganisationNotFoundException(municipalityId));
    }

    private OrganisationType type(String code) {
        return types.findById(code).filter(OrganisationType::isActive).orElseThrow(() -> new UnknownOrganisationType(code));
    }
}
