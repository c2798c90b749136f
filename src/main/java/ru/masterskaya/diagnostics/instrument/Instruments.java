package ru.masterskaya.diagnostics.instrument;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments and their versions. Reading is open to everyone the URL rules let in; changes are
 * for administrators and coordinators. Changing the items of a frozen version makes the next
 * version, so a running or finished campaign never sees its questions change.
 */
@Service
@Transactional(readOnly = true)
public class Instruments {

    private final InstrumentRepository instruments;
    private final InstrumentVersionRepository versions;
    private final EntityManager entityManager;
    private final Clock clock;

    Instruments(InstrumentRepository instruments, InstrumentVersionRepository versions, EntityManager entityManager, Clock clock) {
        this.instruments = instruments;
        this.versions = versions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<Instrument> list() {
        return instruments.findAllByOrderByTitleAsc();
    }

    public Instrument get(UUID instrumentId) {
        return instruments.findById(instrumentId).orElseThrow(() -> new InstrumentNotFoundException(instrumentId));
    }

    public List<InstrumentVersion> versionsOf(UUID instrumentId) {
        return versions.findByInstrumentIdOrderByNumberDesc(get(instrumentId).getId());
    }

    public InstrumentVersion latestVersion(UUID instrumentId) {
        return versions.findFirstByInstrumentIdOrderByNumberDesc(instrumentId)
                .orElseThrow(() -> new InstrumentNotFoundException(instrumentId));
    }

    public InstrumentVersion version(UUID versionId) {
        return versions.findById(versionId).orElseThrow(() -> new InstrumentNotFoundException(versionId));
    }

    /** A new instrument with its first, still editable, version. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public InstrumentVersion create(String title, @Nullable String description, List<ItemDraft> items) {
        Instrument instrument = instruments.save(new Instrument(title, description, clock.instant()));
        InstrumentVersion version = versions.save(new InstrumentVersion(instrument, 1, clock.instant()));
        version.addItems(items, clock.instant());
        return version;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public void describe(UUID instrumentId, String title, @Nullable String description) {
        get(instrumentId).describe(title, description, clock.instant());
    }

    /**
     * Puts these items into the instrument: into its latest version while that is still editable,
     * otherwise into a new version. Returns the version that now holds them.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    public InstrumentVersion replaceItems(UUID instrumentId, List<ItemDraft> items) {
        InstrumentVersion latest = latestVersion(instrumentId);
        InstrumentVersion target = latest.isFrozen() ? nextVersion(latest) : latest;
        if (!target.getItems().isEmpty()) {
            target.removeItems(clock.instant());
            // the old rows must be gone before new ones take their positions
            entityManager.flush();
        }
        target.addItems(items, clock.instant());
        return target;
    }

    private InstrumentVersion nextVersion(InstrumentVersion latest) {
        try {
            return versions.saveAndFlush(new InstrumentVersion(latest.getInstrument(), latest.getNumber() + 1, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // two editors of one frozen version at the same instant: the second must reload, as for any stale edit
            throw new OptimisticLockingFailureException("Version " + (latest.getNumber() + 1) + " of instrument "
                    + latest.getInstrument().getId() + " was made meanwhile", e);
        }
    }

    /** Called when a campaign starts with this version; from then on it never changes. */
    @Transactional
    public InstrumentVersion freeze(UUID versionId) {
        InstrumentVersion version = version(versionId);
        version.freeze(clock.instant());
        return version;
    }
}
