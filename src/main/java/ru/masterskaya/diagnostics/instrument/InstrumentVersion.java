package ru.masterskaya.diagnostics.instrument;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * The items of an instrument as one campaign asks them. Frozen once a campaign uses it, so that
 * answers and scores always refer to the questions that were asked.
 */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    private int number;

    private @Nullable Instant frozenAt;

    @OneToMany(mappedBy = "instrumentVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<InstrumentItem> items = new ArrayList<>();

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected InstrumentVersion() {}

    InstrumentVersion(Instrument instrument, int number, Instant now) {
        this.id = UUID.randomUUID();
        this.instrument = instrument;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void removeItems(Instant now) {
        ensureEditable();
        items.clear();
        updatedAt = now;
    }

    void addItems(List<ItemDraft> drafts, Instant now) {
        ensureEditable();
        for (ItemDraft draft : drafts) {
            items.add(new InstrumentItem(this, items.size() + 1, draft));
        }
        updatedAt = now;
    }

    void freeze(Instant now) {
        if (frozenAt == null) {
            frozenAt = now;
            updatedAt = now;
        }
    }

    private void ensureEditable() {
        if (frozenAt != null) {
            throw new InstrumentVersionFrozen(this);
        }
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public Optional<InstrumentItem> item(UUID itemId) {
        return items.stream().filter(item -> item.getId().equals(itemId)).findFirst();
    }

    /** The topics of the scored items, in the order they first appear: the order of a profile. */
    public SequencedSet<UUID> scoredTopics() {
        SequencedSet<UUID> topics = new LinkedHashSet<>();
        items.stream().filter(item -> item.getKind().isScored()).map(InstrumentItem::getTopicId)
                .filter(Objects::nonNull).forEach(topics::add);
        return topics;
    }

    public UUID getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getNumber() {
        return number;
    }

    public @Nullable Instant getFrozenAt() {
        return frozenAt;
    }

    public List<InstrumentItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
