package ru.masterskaya.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.AccountDisabled;
import ru.masterskaya.registry.AccountEnabled;
import ru.masterskaya.registry.FieldChange;
import ru.masterskaya.registry.OrganisationChanged;
import ru.masterskaya.registry.OrganisationRegistered;
import ru.masterskaya.registry.PersonChanged;
import ru.masterskaya.registry.PersonRegistered;
import ru.masterskaya.registry.RoleGranted;
import ru.masterskaya.registry.RoleRevoked;
import ru.masterskaya.registry.ScopedRole;

/** Writes the audit log from registry events, synchronously, in the transaction of the change. */
@Component
class AuditTrail {

    static final String PERSON = "PERSON";
    static final String ORGANISATION = "ORGANISATION";
    static final String ROLE = "ROLE";

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(PersonRegistered event) {
        record(event.actor(), PERSON, event.personId().toString(), event.label(), "CREATED", List.of());
    }

    @EventListener
    void on(PersonChanged event) {
        record(event.actor(), PERSON, event.personId().toString(), event.label(), "CHANGED", event.changes());
    }

    @EventListener
    void on(OrganisationRegistered event) {
        record(event.actor(), ORGANISATION, event.organisationId().toString(), event.label(), "CREATED", List.of());
    }

    @EventListener
    void on(OrganisationChanged event) {
        record(event.actor(), ORGANISATION, event.organisationId().toString(), event.label(), "CHANGED", event.changes());
    }

    @EventListener
    void on(AccountDisabled event) {
        record(event.actor(), PERSON, event.personId().toString(), event.label(), "ACCOUNT_DISABLED", List.of());
    }

    @EventListener
    void on(AccountEnabled event) {
        record(event.actor(), PERSON, event.personId().toString(), event.label(), "ACCOUNT_ENABLED", List.of());
    }

    @EventListener
    void on(RoleGranted event) {
        record(event.actor(), ROLE, event.personId().toString(), event.label(), "GRANTED", roleChange(event.role(), event.scopeLabel(), true));
    }

    @EventListener
    void on(RoleRevoked event) {
        record(event.actor(), ROLE, event.personId().toString(), event.label(), "REVOKED", roleChange(event.role(), event.scopeLabel(), false));
    }

    private static List<FieldChange> roleChange(ScopedRole role, String scopeLabel, boolean granted) {
        String value = role.role().name() + (scopeLabel.isBlank() ? "" : " (" + scopeLabel + ")");
        return List.of(granted ? new FieldChange("role", null, value) : new FieldChange("role", value, null));
    }

    private void record(String actor, String subject, String subjectId, String label, String action, List<FieldChange> changes) {
        entries.save(new AuditEntry(clock.instant(), actor, subject, subjectId, label, action, changes));
    }
}
