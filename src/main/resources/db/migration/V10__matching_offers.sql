-- Inputs of matching: the reference data of mentoring forms and kinds, masters' offers of an
-- academic year (with the master's consent) and practitioners' requests built from self-diagnosis.

-- forms (педагог – педагог …) and kinds (традиционное …) of mentoring; never deleted, only deactivated
CREATE TABLE mentoring_option (
    id         UUID         NOT NULL PRIMARY KEY,
    dimension  VARCHAR(10)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT mentoring_option_name_uq UNIQUE (dimension, name)
);

INSERT INTO mentoring_option (id, dimension, name, active, sort_order, version) VALUES
    ('3e0f0000-0000-4000-8000-000000000101', 'FORM', 'педагог – педагог', TRUE, 1, 0),
    ('3e0f0000-0000-4000-8000-000000000102', 'FORM', 'руководитель – педагог', TRUE, 2, 0),
    ('3e0f0000-0000-4000-8000-000000000103', 'FORM', 'тьютор – педагог', TRUE, 3, 0),
    ('3e0f0000-0000-4000-8000-000000000104', 'FORM', 'педагог вуза/колледжа – молодой педагог', TRUE, 4, 0),
    ('3e0f0000-0000-4000-8000-000000000105', 'FORM', 'социальный партнёр – педагог', TRUE, 5, 0),
    ('3e0f0000-0000-4000-8000-000000000201', 'KIND', 'виртуальное (дистанционное)', TRUE, 1, 0),
    ('3e0f0000-0000-4000-8000-000000000202', 'KIND', 'групповое («веерное»)', TRUE, 2, 0),
    ('3e0f0000-0000-4000-8000-000000000203', 'KIND', 'групповое комплексное', TRUE, 3, 0),
    ('3e0f0000-0000-4000-8000-000000000204', 'KIND', 'краткосрочное (целеполагающее)', TRUE, 4, 0),
    ('3e0f0000-0000-4000-8000-000000000205', 'KIND', 'реверсивное', TRUE, 5, 0),
    ('3e0f0000-0000-4000-8000-000000000206', 'KIND', 'ситуационное', TRUE, 6, 0),
    ('3e0f0000-0000-4000-8000-000000000207', 'KIND', 'скоростное консультационное', TRUE, 7, 0),
    ('3e0f0000-0000-4000-8000-000000000208', 'KIND', 'традиционное («один на один»)', TRUE, 8, 0);

-- one offer per master and year; max_capacity is the coordinator's limit, capacity what the master set
CREATE TABLE master_offer (
    id            UUID         NOT NULL PRIMARY KEY,
    academic_year INT          NOT NULL,
    person_id     UUID         NOT NULL REFERENCES person (id),
    max_capacity  INT          NOT NULL,
    capacity      INT          NOT NULL,
    yearly_cap    INT          NOT NULL,
    format_limit  VARCHAR(20)  NOT NULL,
    format        VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    basis_number  VARCHAR(100),
    basis_date    DATE,
    proposed_by   VARCHAR(320) NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    withdrawn_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT master_offer_person_year_uq UNIQUE (academic_year, person_id)
);

-- percent is the master's result in the self-diagnosis, empty for a topic the coordinator declared
CREATE TABLE master_offer_topic (
    offer_id UUID NOT NULL REFERENCES master_offer (id),
    topic_id UUID NOT NULL REFERENCES topic (id),
    percent  INT,
    PRIMARY KEY (offer_id, topic_id)
);

CREATE TABLE master_offer_municipality (
    offer_id        UUID NOT NULL REFERENCES master_offer (id),
    municipality_id UUID NOT NULL REFERENCES municipality (id),
    PRIMARY KEY (offer_id, municipality_id)
);

CREATE TABLE master_offer_organisation (
    offer_id        UUID NOT NULL REFERENCES master_offer (id),
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (offer_id, organisation_id)
);

CREATE TABLE master_offer_mentoring (
    offer_id  UUID NOT NULL REFERENCES master_offer (id),
    option_id UUID NOT NULL REFERENCES mentoring_option (id),
    PRIMARY KEY (offer_id, option_id)
);

-- one request per practitioner and year, rebuilt from their latest finished self-diagnosis
CREATE TABLE practitioner_request (
    id                 UUID        NOT NULL PRIMARY KEY,
    academic_year      INT         NOT NULL,
    person_id          UUID        NOT NULL REFERENCES person (id),
    response_id        UUID        NOT NULL REFERENCES diagnosis_response (id),
    status             VARCHAR(20) NOT NULL,
    priority_topic_id  UUID        REFERENCES topic (id),
    preferred_format   VARCHAR(20),
    own_organisation_ok BOOLEAN    NOT NULL,
    generated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT practitioner_request_person_year_uq UNIQUE (academic_year, person_id)
);

CREATE TABLE practitioner_request_topic (
    request_id UUID        NOT NULL REFERENCES practitioner_request (id),
    topic_id   UUID        NOT NULL REFERENCES topic (id),
    percent    INT         NOT NULL,
    level      VARCHAR(20) NOT NULL,
    PRIMARY KEY (request_id, topic_id)
);
