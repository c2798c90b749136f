package ru.masterskaya.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

    /**
     * Registers many organisations under the rules of {@link #register}, for an import; one broken
     * rule rejects the whole batch.
     */
    @Transactional
    public List<Organisation> registerAll(List<OrganisationParameters> registrations, RegistryScope scope, String actor) {
        Map<UUID, Municipality> municipalities = municipalitiesInScope(registrations, scope);
        ensureShortNamesFree(registrations, Collections.nCopies(registrations.size(), null));
        Map<String, OrganisationType> types = types(registrations);
        Instant now = clock.instant();
        List<Organisation> registered = organisations.saveAll(registrations.stream()
                .map(parameters -> new Organisation(
                        municipalities.get(parameters.municipalityId()), types.get(parameters.typeCode()), parameters, now))
                .toList());
        registered.forEach(organisation -> events.publishEvent(
                new OrganisationRegistered(organisation.id(), organisation.getShortName(), actor)));
        return registered;
    }

    /**
     * Changes many organisations under the rules of {@link #change}, for an import; organisations
     * whose data would not change are left untouched. Returns the organisations that changed.
     */
    @Transactional
    public List<Organisation> changeAll(List<OrganisationRevision> revisions, RegistryScope scope, String actor) {
        List<OrganisationParameters> proposals = revisions.stream().map(OrganisationRevision::parameters).toList();
        List<UUID> ids = revisions.stream().map(revision -> revision.id().value()).toList();
        Map<UUID, Organisation> current = new HashMap<>();
        for (Organisation organisation : organisations.findAllById(ids)) {
            if (scope.covers(organisation)) {
                current.put(organisation.getId(), organisation);
            }
        }
        Map<UUID, Municipality> municipalities = municipalitiesInScope(proposals, scope);
        ensureShortNamesFree(proposals, ids);
        Map<String, OrganisationType> types = types(proposals);
        Instant now = clock.instant();
        List<Organisation> changed = new ArrayList<>();
        for (OrganisationRevision revision : revisions) {
            Organisation organisation = current.get(revision.id().value());
            if (organisation == null) {
                throw new OrganisationNotFoundException(revision.id());
            }
            if (organisation.getVersion() != revision.expectedVersion()) {
                throw new ConcurrentEditException(organisation);
            }
            Municipality municipality = municipalities.get(revision.parameters().municipalityId());
            OrganisationType type = types.get(revision.parameters().typeCode());
            if (organisation.changesBy(municipality, type, revision.parameters()).isEmpty()) {
                continue;
            }
            List<FieldChange> changes = organisation.change(municipality, type, revision.parameters(), now);
            events.publishEvent(new OrganisationChanged(organisation.id(), organisation.getShortName(), actor, changes));
            changed.add(organisation);
        }
        return changed;
    }

    /** No two organisations of a municipality share a short name once the batch is applied (null: a new one). */
    private void ensureShortNamesFree(List<OrganisationParameters> proposals, List<@Nullable UUID> selves) {
        Set<UUID> revised = new HashSet<>();
        selves.stream().filter(Objects::nonNull).forEach(revised::add);
        Set<String> taken = new HashSet<>();
        Set<UUID> municipalityIds = proposals.stream().map(OrganisationParameters::municipalityId).collect(Collectors.toSet());
        for (Organisation existing : organisations.findByMunicipalityIdIn(municipalityIds)) {
            if (!revised.contains(existing.getId())) {
                taken.add(shortNameKey(existing.getMunicipality().getId(), existing.getShortName()));
            }
        }
        for (OrganisationParameters proposal : proposals) {
            if (!taken.add(shortNameKey(proposal.municipalityId(), proposal.shortName()))) {
                throw new ShortNameAlreadyUsed(proposal.shortName());
            }
        }
    }

    private static String shortNameKey(UUID municipalityId, String shortName) {
        return municipalityId + "/" + shortName.strip().toLowerCase(Locale.ROOT);
    }

    private Map<UUID, Municipality> municipalitiesInScope(List<OrganisationParameters> proposals, RegistryScope scope) {
        Set<UUID> wanted = proposals.stream().map(OrganisationParameters::municipalityId).collect(Collectors.toSet());
        Map<UUID, Municipality> found = new HashMap<>();
        for (Municipality municipality : municipalities.findAllById(wanted)) {
            if (scope.covers(municipality)) {
                found.put(municipality.getId(), municipality);
            }
        }
        for (UUID id : wanted) {
            if (!found.containsKey(id)) {
                throw new OrganisationNotFoundException(id);
            }
        }
        return found;
    }

    private Map<String, OrganisationType> types(List<OrganisationParameters> proposals) {
        Map<String, OrganisationType> found = new HashMap<>();
        for (String code : proposals.stream().map(OrganisationParameters::typeCode).collect(Collectors.toSet())) {
            found.put(code, type(code));
        }
        return found;
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
