package ru.masterskaya.matching.request;

import jakarta.persistence.CollectionTable;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.calendar.AcademicYear;
import ru.masterskaya.matching.MeetingFormat;

/**
 * What a practitioner asks for in an academic year: the topics where their latest self-diagnosis
 * shows a high or medium deficit, the one they put first, and how they would like to meet.
 * Regenerating from a newer self-diagnosis refreshes the topics but keeps the practitioner's own
 * choices, dropping the priority only when that topic is no longer a need.
 */
@Entity
@Table(name = "practitioner_request")
public class PractitionerRequest {

    @Id
    private UUID id;

    private int academicYear;

    private UUID personId;

    private UUID responseId;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private @Nullable UUID priorityTopicId;

    @Enumerated(EnumType.STRING)
    private @Nullable MeetingFormat preferredFormat;

    private boolean ownOrganisationOk;

    private Instant generatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practitioner_request_topic", joinColumns = @JoinColumn(name = "request_id"))
    private List<RequestTopic> topics = new ArrayList<>();

    protected PractitionerRequest() {}

    PractitionerRequest(AcademicYear year, UUID personId) {
        this.id = UUID.randomUUID();
        this.academicYear = year.startYear();
        this.personId = personId;
        this.ownOrganisationOk = true;
        this.status = RequestStatus.OPEN;
    }

    /** Takes the needs of a (newer or the same) self-diagnosis. */
    void refresh(UUID fromResponseId, List<RequestTopic> needs, Instant now) {
        this.responseId = fromResponseId;
        this.topics.clear();
        this.topics.addAll(needs);
        this.generatedAt = now;
        this.status = needs.isEmpty() ? RequestStatus.CLOSED : RequestStatus.OPEN;
        if (priorityTopicId != null && topic(priorityTopicId).isEmpty()) {
            this.priorityTopicId = null;
        }
    }

    void choose(@Nullable UUID priority, @Nullable MeetingFormat format, boolean ownOrganisationAcceptable) {
        if (priority != null && topic(priority).isEmpty()) {
            throw new NotANeedTopic();
        }
        this.priorityTopicId = priority;
        this.preferredFormat = format;
        this.ownOrganisationOk = ownOrganisationAcceptable;
    }

    public Optional<RequestTopic> topic(UUID topicId) {
        return topics.stream().filter(topic -> topic.getTopicId().equals(topicId)).findFirst();
    }

    public AcademicYear academicYear() {
        return new AcademicYear(academicYear);
    }

    public UUID getId() { return id; }
    public UUID getPersonId() { return personId; }
    public UUID getResponseId() { return responseId; }
    public RequestStatus getStatus() { return status; }
    public @Nullable UUID getPriorityTopicId() { return priorityTopicId; }
    public @Nullable MeetingFormat getPreferredFormat() { return preferredFormat; }
    public boolean isOwnOrganisationOk() { return ownOrganisationOk; }
    public Instant getGeneratedAt() { return generatedAt; }
    public long getVersion() { return version; }
    public List<RequestTopic> getTopics() { return List.copyOf(topics); }
}
