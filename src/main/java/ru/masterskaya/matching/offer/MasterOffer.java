package ru.masterskaya.matching.offer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.MeetingFormat;

/**
 * A master's offer for one academic year: the topics they lead, how many practitioners at once and
 * in the year, how they meet and whom they serve. The coordinator proposes it; it counts for
 * matching only once the master has confirmed it, since mentoring needs the mentor's consent
 * (ст. 351.8 ТК РФ). The coordinator's capacity and format are limits the master may narrow.
 */
@Entity
@Table(name = "master_offer")
public class MasterOffer {

    @Id
    private UUID id;

    private int academicYear;

    private UUID personId;

    private int maxCapacity;

    private int capacity;

    private int yearlyCap;

    @Enumerated(EnumType.STRING)
    private MeetingFormat formatLimit;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    @Enumerated(EnumType.STRING)
    private OfferStatus status;

    private @Nullable String basisNumber;

    private @Nullable LocalDate basisDate;

    private String proposedBy;

    private Instant proposedAt;

    private @Nullable Instant confirmedAt;

    private @Nullable Instant withdrawnAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "master_offer_topic", joinColumns = @JoinColumn(name = "offer_id"))
    private List<OfferTopic> topics = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "master_offer_municipality", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "municipality_id")
    private Set<UUID> municipalityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "master_offer_organisation", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "organisation_id")
    private Set<UUID> organisationIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "master_offer_mentoring", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "option_id")
    private Set<UUID> mentoringIds = new HashSet<>();

    protected MasterOffer() {}

    MasterOffer(AcademicYear year, UUID personId, String proposedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.academicYear = year.startYear();
        this.personId = personId;
        this.status = OfferStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    /** The coordinator's terms; a change of terms asks the master to confirm again. */
    void setTerms(OfferParameters parameters, List<OfferTopic> offerTopics, Set<UUID> municipalities) {
        boolean changed = status == OfferStatus.CONFIRMED && (parameters.capacity() < capacity
                || !parameters.format().allows(format) || !sameTopics(offerTopics));
        this.topics.clear();
        this.topics.addAll(offerTopics);
        this.maxCapacity = parameters.capacity();
        this.capacity = status == OfferStatus.CONFIRMED ? Math.min(capacity, maxCapacity) : maxCapacity;
        this.yearlyCap = parameters.yearlyCap();
        this.formatLimit = parameters.format();
        this.format = status == OfferStatus.CONFIRMED && formatLimit.allows(format) ? format : formatLimit;
        this.municipalityIds.clear();
        this.municipalityIds.addAll(municipalities);
        this.organisationIds.clear();
        this.organisationIds.addAll(parameters.organisationIds());
        this.mentoringIds.clear();
        this.mentoringIds.addAll(parameters.mentoringIds());
        this.basisNumber = parameters.basisNumber();
        this.basisDate = parameters.basisDate();
        if (changed || status == OfferStatus.WITHDRAWN) {
            this.status = OfferStatus.PROPOSED;
            this.confirmedAt = null;
            this.withdrawnAt = null;
        }
    }

    private boolean sameTopics(List<OfferTopic> others) {
        return others.stream().map(OfferTopic::getTopicId).collect(java.util.stream.Collectors.toSet())
                .equals(topics.stream().map(OfferTopic::getTopicId).collect(java.util.stream.Collectors.toSet()));
    }

    /** The master's consent, with the capacity and format they chose within the coordinator's limits. */
    void confirm(int chosenCapacity, MeetingFormat chosenFormat, Instant now) {
        if (status == OfferStatus.WITHDRAWN || chosenCapacity < 1 || chosenCapacity > maxCapacity || !formatLimit.allows(chosenFormat)) {
            throw new OfferNotConfirmable();
        }
        this.capacity = chosenCapacity;
        this.format = chosenFormat;
        this.status = OfferStatus.CONFIRMED;
        this.confirmedAt = now;
    }

    void withdraw(Instant now) {
        this.status = OfferStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    public AcademicYear academicYear() {
        return new AcademicYear(academicYear);
    }

    public UUID getId() { return id; }
    public UUID getPersonId() { return personId; }
    public int getMaxCapacity() { return maxCapacity; }
    public int getCapacity() { return capacity; }
    public int getYearlyCap() { return yearlyCap; }
    public MeetingFormat getFormatLimit() { return formatLimit; }
    public MeetingFormat getFormat() { return format; }
    public OfferStatus getStatus() { return status; }
    public @Nullable String getBasisNumber() { return basisNumber; }
    public @Nullable LocalDate getBasisDate() { return basisDate; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public long getVersion() { return version; }
    public List<OfferTopic> getTopics() { return List.copyOf(topics); }
    public Set<UUID> getMunicipalityIds() { return Set.copyOf(municipalityIds); }
    public Set<UUID> getOrganisationIds() { return Set.copyOf(organisationIds); }
    public Set<UUID> getMentoringIds() { return Set.copyOf(mentoringIds); }
}
