-- Self-diagnosis: instruments (versioned, frozen once a campaign used them), campaigns with a
-- personal link per invitee, answers saved one by one and the topic scores computed at submission.

CREATE TABLE instrument (
    id          UUID         NOT NULL PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- a version is frozen as soon as a campaign uses it; editing a frozen version makes the next one
CREATE TABLE instrument_version (
    id            UUID    NOT NULL PRIMARY KEY,
    instrument_id UUID    NOT NULL REFERENCES instrument (id),
    number        INT     NOT NULL,
    frozen_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT instrument_version_number_uq UNIQUE (instrument_id, number)
);

-- the topic may be empty only for a free-text item
CREATE TABLE instrument_item (
    id                    UUID          NOT NULL PRIMARY KEY,
    instrument_version_id UUID          NOT NULL REFERENCES instrument_version (id),
    position              INT           NOT NULL,
    topic_id              UUID          REFERENCES topic (id),
    kind                  VARCHAR(20)   NOT NULL,
    text                  VARCHAR(1000) NOT NULL,
    CONSTRAINT instrument_item_position_uq UNIQUE (instrument_version_id, position)
);

CREATE TABLE instrument_item_option (
    item_id  UUID         NOT NULL REFERENCES instrument_item (id),
    position INT          NOT NULL,
    text     VARCHAR(500) NOT NULL,
    score    INT          NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- the territory or organisation that runs a campaign; thresholds are percents of the maximum
CREATE TABLE diagnosis_campaign (
    id                     UUID         NOT NULL PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    academic_year          INT          NOT NULL,
    instrument_version_id  UUID         NOT NULL REFERENCES instrument_version (id),
    region_id              UUID         REFERENCES region (id),
    municipality_id        UUID         REFERENCES municipality (id),
    organisation_id        UUID         REFERENCES organisation (id),
    opens_on               DATE         NOT NULL,
    closes_on              DATE         NOT NULL,
    medium_deficit_from    INT          NOT NULL,
    minimal_deficit_from   INT          NOT NULL,
    master_level_from      INT          NOT NULL,
    reminder_interval_days INT          NOT NULL,
    invitees_description   VARCHAR(2000) NOT NULL,
    closed_at              TIMESTAMP WITH TIME ZONE,
    created_by             VARCHAR(254) NOT NULL,
    version                BIGINT       NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX diagnosis_campaign_year_ix ON diagnosis_campaign (academic_year);

-- one invitee of a campaign: the personal link, where they are in the form, and, once submitted,
-- the score of every topic of the instrument version in its topic order ("12,7,16,...")
CREATE TABLE diagnosis_response (
    id                 UUID        NOT NULL PRIMARY KEY,
    campaign_id        UUID        NOT NULL REFERENCES diagnosis_campaign (id),
    person_id          UUID        NOT NULL REFERENCES person (id),
    organisation_id    UUID        NOT NULL REFERENCES organisation (id),
    organisation_type  VARCHAR(40) NOT NULL,
    token              VARCHAR(64) NOT NULL,
    source             VARCHAR(20) NOT NULL,
    invited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    invitation_sent_at TIMESTAMP WITH TIME ZONE,
    last_reminded_at   TIMESTAMP WITH TIME ZONE,
    reminders_sent     INT         NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    topic_scores       VARCHAR(2000),
    version            BIGINT      NOT NULL,
    CONSTRAINT diagnosis_response_token_uq UNIQUE (token),
    CONSTRAINT diagnosis_response_person_uq UNIQUE (campaign_id, person_id)
);
CREATE INDEX diagnosis_response_campaign_ix ON diagnosis_response (campaign_id, organisation_id);
CREATE INDEX diagnosis_response_person_ix ON diagnosis_response (person_id);

-- the raw answer: chosen option positions ("2" or "1,3"; the level of a self-rating scale) or the text
CREATE TABLE diagnosis_answer (
    response_id UUID         NOT NULL REFERENCES diagnosis_response (id),
    item_id     UUID         NOT NULL REFERENCES instrument_item (id),
    choice      VARCHAR(200),
    text        VARCHAR(4000),
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (response_id, item_id)
);

-- the topics on which the respondent is ready to be a master
CREATE TABLE diagnosis_readiness (
    response_id UUID NOT NULL REFERENCES diagnosis_response (id),
    topic_id    UUID NOT NULL REFERENCES topic (id),
    PRIMARY KEY (response_id, topic_id)
);

-- an uploaded file (instrument XLSX, Яндекс Формы or Google Forms export) between preview and confirmation
CREATE TABLE diagnosis_upload (
    id          UUID         NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    target_id   UUID,
    uploaded_by VARCHAR(254) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL
);
