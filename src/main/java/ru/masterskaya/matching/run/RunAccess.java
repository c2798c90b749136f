package ru.masterskaya.matching.run;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.masterskaya.registry.RegistryScope;

/**
 * Who may do what with a run. The territory's coordinators (and whoever sees everything) manage it; an
 * institution coordinator sees a run that pairs or leaves unmatched someone of their organisations. A
 * run the user may not see is a 404, as if it did not exist; one they see but do not manage is a 403.
 */
@Component
class RunAccess {

    private final RunStore store;

    RunAccess(RunStore store) {
        this.store = store;
    }

    /** The run, when the user manages it. */
    StoredRun managed(UUID runId, RegistryScope scope) {
        StoredRun run = store.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (manages(run, scope)) {
            return run;
        }
        if (sees(run, scope)) {
            throw new AccessDeniedException("Only the territory's coordinators change a run");
        }
        throw new RunNotFoundException(runId);
    }

    /** The run, when the user manages it and it is still a draft. */
    StoredRun draft(UUID runId, RegistryScope scope) {
        StoredRun run = managed(runId, scope);
        if (!run.isDraft()) {
            throw new RunNotDraft(runId);
        }
        return run;
    }

    static boolean manages(StoredRun run, RegistryScope scope) {
        return scope.everything() || (scope.managesTerritory() && Territory.of(scope).equals(run.territory()));
    }

    boolean sees(StoredRun run, RegistryScope scope) {
        if (manages(run, scope)) {
            return true;
        }
        if (scope.organisationIds().isEmpty()) {
            return false;
        }
        Set<UUID> own = scope.organisationIds();
        return store.pairs(run.id()).stream().anyMatch(pair -> own.contains(pair.practitionerOrganisationId()) || own.contains(pair.masterOrganisationId()))
                || store.unmatched(run.id()).stream().anyMatch(left -> own.contains(left.organisationId()));
    }
}
