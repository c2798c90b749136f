-- Matching runs: every run with its rules, result, certificate and timings; the coordinator's
-- decisions (locked and forbidden pairs) are kept per academic year and territory for the next run.

-- territory is the coordinator's scope as text: '*' for everything, else sorted 'R:<id>' / 'M:<id>'
CREATE TABLE matching_run (
    id                      UUID          NOT NULL PRIMARY KEY,
    academic_year           INT           NOT NULL,
    territory               VARCHAR(4000) NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    rules                   VARCHAR(4000) NOT NULL,
    objective               BIGINT        NOT NULL,
    unconstrained_objective BIGINT        NOT NULL,
    certificate_objective   BIGINT        NOT NULL,
    decisions               INT           NOT NULL,
    solve_millis            BIGINT        NOT NULL,
    practitioners           INT           NOT NULL,
    masters                 INT           NOT NULL,
    started_by              VARCHAR(320)  NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by            VARCHAR(320),
    published_at            TIMESTAMP WITH TIME ZONE
);

CREATE INDEX matching_run_year_idx ON matching_run (academic_year, territory);

-- components are 'KIND=hundredths' joined by ';'; the explanation is the Russian sentence
CREATE TABLE matching_run_pair (
    run_id                   UUID          NOT NULL REFERENCES matching_run (id),
    practitioner_id          UUID          NOT NULL,
    practitioner_organisation UUID         NOT NULL,
    master_id                UUID          NOT NULL,
    master_organisation      UUID          NOT NULL,
    topic_id                 UUID          NOT NULL,
    need_percent             INT           NOT NULL,
    need_level               VARCHAR(20)   NOT NULL,
    strength                 INT           NOT NULL,
    same_organisation        BOOLEAN       NOT NULL,
    same_municipality        BOOLEAN       NOT NULL,
    preferred_format         VARCHAR(20),
    locked                   BOOLEAN       NOT NULL,
    score                    BIGINT        NOT NULL,
    components               VARCHAR(1000) NOT NULL,
    explanation              VARCHAR(2000) NOT NULL,
    published                BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, practitioner_id)
);

CREATE TABLE matching_run_unmatched (
    run_id          UUID        NOT NULL REFERENCES matching_run (id),
    practitioner_id UUID        NOT NULL,
    organisation_id UUID        NOT NULL,
    reason          VARCHAR(40) NOT NULL,
    PRIMARY KEY (run_id, practitioner_id)
);

-- practitioners and hosts are ids joined by ','
CREATE TABLE matching_run_group (
    run_id        UUID          NOT NULL REFERENCES matching_run (id),
    position      INT           NOT NULL,
    topic_id      UUID          NOT NULL,
    format        VARCHAR(40)   NOT NULL,
    unmatched     INT           NOT NULL,
    practitioners VARCHAR(20000) NOT NULL,
    hosts         VARCHAR(20000) NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- the certificate: a potential per free practitioner and per master (with its remaining places)
CREATE TABLE matching_run_dual (
    run_id    UUID        NOT NULL REFERENCES matching_run (id),
    side      VARCHAR(12) NOT NULL,
    person_id UUID        NOT NULL,
    potential BIGINT      NOT NULL,
    places    INT         NOT NULL,
    PRIMARY KEY (run_id, side, person_id)
);

CREATE TABLE matching_run_rejected_lock (
    run_id          UUID        NOT NULL REFERENCES matching_run (id),
    practitioner_id UUID        NOT NULL,
    master_id       UUID        NOT NULL,
    reason          VARCHAR(40) NOT NULL,
    PRIMARY KEY (run_id, practitioner_id, master_id)
);

CREATE TABLE matching_decision (
    academic_year   INT           NOT NULL,
    territory       VARCHAR(4000) NOT NULL,
    practitioner_id UUID          NOT NULL,
    master_id       UUID          NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    decided_by      VARCHAR(320)  NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (academic_year, territory, practitioner_id, master_id)
);

-- the decisions a run was solved with, so that its result can be checked against its own problem later
CREATE TABLE matching_run_decision (
    run_id          UUID        NOT NULL REFERENCES matching_run (id),
    practitioner_id UUID        NOT NULL,
    master_id       UUID        NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    PRIMARY KEY (run_id, practitioner_id, master_id)
);
