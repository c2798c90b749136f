-- What keeps practice pairs from stalling unseen (issue 6): per-territory thresholds of the health
-- rules, each pair's health as the nightly computation left it, the reminders of the escalation
-- ladder, the one-time journal links in reminders, and the digests sent to coordinators.

-- a coordinator's thresholds for their municipality or region; a pair follows its practitioner's
-- municipality, else region, else the defaults
CREATE TABLE attention_rules (
    territory_id           UUID         NOT NULL PRIMARY KEY,
    first_meeting_days     INT          NOT NULL,
    quiet_days             INT          NOT NULL,
    silent_days            INT          NOT NULL,
    overdue_days           INT          NOT NULL,
    reminder_interval_days INT          NOT NULL,
    changed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by             VARCHAR(320) NOT NULL
);

-- stalled_since stays the same while a pair remains stalled: it names the stall the ladder escalates
CREATE TABLE pair_health (
    pair_id       UUID         NOT NULL PRIMARY KEY REFERENCES practice_pair (id),
    health        VARCHAR(12)  NOT NULL,
    reasons       VARCHAR(300) NOT NULL,
    stalled_since DATE,
    changed_on    DATE         NOT NULL,
    CONSTRAINT pair_health_health_ck CHECK (health IN ('ON_TRACK', 'NEEDS_CHECK', 'STALLED'))
);
CREATE INDEX pair_health_health_ix ON pair_health (health);

-- one row per step of the ladder and stall: the key keeps two nodes from sending a step twice
CREATE TABLE pair_reminder (
    pair_id       UUID    NOT NULL REFERENCES practice_pair (id),
    stalled_since DATE    NOT NULL,
    step          INT     NOT NULL,
    sent_on       DATE    NOT NULL,
    recipients    INT     NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pair_id, stalled_since, step)
);

-- /p/{token}: a side of a pair adds a journal entry without logging in; only a hash is stored
CREATE TABLE pair_link (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    pair_id    UUID        NOT NULL REFERENCES practice_pair (id),
    person_id  UUID        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pair_link_pair_ix ON pair_link (pair_id);

-- a digest per person and period (a day «2025-11-24» or a week «2025-W48»), sent once
CREATE TABLE attention_digest (
    person_id UUID        NOT NULL,
    period    VARCHAR(12) NOT NULL,
    pairs     INT         NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, period)
);
