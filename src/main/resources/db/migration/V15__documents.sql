-- Documents: certificates and statements drafted from completed practices, numbered from a register
-- per academic year and kind, rendered from a template version that is never changed once used,
-- verified publicly through an unguessable code; and the reviews that may go into the book of reviews.

-- a template version is immutable once a document was issued with it; editing adds the next version
CREATE TABLE document_template (
    id                UUID          NOT NULL PRIMARY KEY,
    kind              VARCHAR(40)   NOT NULL,
    version_number    INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    issuer_name       VARCHAR(500)  NOT NULL,
    preamble          VARCHAR(1000) NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    closing           VARCHAR(2000),
    accent_colour     VARCHAR(7)    NOT NULL,
    logo              BYTEA,
    signer1_position  VARCHAR(300),
    signer1_name      VARCHAR(200),
    signer1_facsimile BYTEA,
    signer2_position  VARCHAR(300),
    signer2_name      VARCHAR(200),
    signer2_facsimile BYTEA,
    signer3_position  VARCHAR(300),
    signer3_name      VARCHAR(200),
    signer3_facsimile BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    CONSTRAINT document_template_version_uq UNIQUE (kind, version_number)
);

-- the last number given per kind and academic year; a number is taken by updating the row, whose
-- lock makes a second node wait until the first one commits
CREATE TABLE document_number_counter (
    kind          VARCHAR(40) NOT NULL,
    academic_year INT         NOT NULL,
    last_number   INT         NOT NULL,
    PRIMARY KEY (kind, academic_year)
);

CREATE TABLE document (
    id                   UUID          NOT NULL PRIMARY KEY,
    kind                 VARCHAR(40)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    academic_year        INT           NOT NULL,
    sequence_number      INT,
    number               VARCHAR(40),
    verification_code    VARCHAR(64)   NOT NULL,
    pair_id              UUID,
    holder_person_id     UUID          NOT NULL REFERENCES person (id),
    holder_last_name     VARCHAR(100)  NOT NULL,
    holder_first_name    VARCHAR(100)  NOT NULL,
    holder_middle_name   VARCHAR(100),
    holder_email         VARCHAR(254)  NOT NULL,
    organisation_id      UUID          NOT NULL REFERENCES organisation (id),
    organisation_name    VARCHAR(500)  NOT NULL,
    municipality_id      UUID          NOT NULL REFERENCES municipality (id),
    region_id            UUID          NOT NULL REFERENCES region (id),
    topic_id             UUID,
    topic_name           VARCHAR(500)  NOT NULL,
    started_on           DATE          NOT NULL,
    completed_on         DATE          NOT NULL,
    product_title        VARCHAR(1000),
    product_kind         VARCHAR(200),
    grade_level          VARCHAR(100),
    grade_points         INT,
    grade_max_points     INT,
    grade_criteria       VARCHAR(4000),
    template_id          UUID          REFERENCES document_template (id),
    issued_on            DATE,
    issued_by            VARCHAR(254),
    revoked_on           DATE,
    revoked_by           VARCHAR(254),
    revocation_reason    VARCHAR(1000),
    supersedes_id        UUID          REFERENCES document (id),
    superseded_by_id     UUID          REFERENCES document (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT document_number_uq UNIQUE (number),
    CONSTRAINT document_verification_code_uq UNIQUE (verification_code)
);

CREATE INDEX document_year_kind_idx ON document (academic_year, kind);
CREATE INDEX document_holder_idx ON document (holder_person_id);
CREATE INDEX document_pair_idx ON document (pair_id);

-- whether documents of a territory are issued as soon as they are drafted; key «*», «R:<region>» or «M:<municipality>»
CREATE TABLE document_issue_setting (
    territory_key VARCHAR(60)  NOT NULL PRIMARY KEY,
    auto_issue    BOOLEAN      NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- requests to the public verification page per client address and minute, shared by all nodes
CREATE TABLE document_verification_hit (
    client_address VARCHAR(64) NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    hits           INT         NOT NULL,
    PRIMARY KEY (client_address, window_start)
);

-- a practitioner's review of a completed practice and their consent to publish it (152-ФЗ)
CREATE TABLE document_review (
    pair_id            UUID          NOT NULL PRIMARY KEY,
    academic_year      INT           NOT NULL,
    practitioner_id    UUID          NOT NULL REFERENCES person (id),
    practitioner_name  VARCHAR(300)  NOT NULL,
    master_id          UUID          NOT NULL REFERENCES person (id),
    master_name        VARCHAR(300)  NOT NULL,
    organisation_id    UUID          NOT NULL REFERENCES organisation (id),
    municipality_id    UUID          NOT NULL REFERENCES municipality (id),
    region_id          UUID          NOT NULL REFERENCES region (id),
    topic_id           UUID,
    topic_name         VARCHAR(500)  NOT NULL,
    product_title      VARCHAR(1000) NOT NULL,
    product_kind       VARCHAR(200)  NOT NULL,
    review_text        TEXT          NOT NULL,
    consented          BOOLEAN       NOT NULL,
    consent_text       VARCHAR(2000),
    consent_changed_at TIMESTAMP WITH TIME ZONE,
    consent_changed_from VARCHAR(64),
    completed_on       DATE          NOT NULL
);

CREATE INDEX document_review_year_idx ON document_review (academic_year, consented);

-- one default template per kind, so that documents can be issued before anyone edits a template
INSERT INTO document_template (id, kind, version_number, title, issuer_name, preamble, body, closing, accent_colour,
        signer1_position, signer1_name, created_at, created_by)
VALUES ('7d0c5a7e-0d6b-4f0e-9a51-000000000001', 'MASTER_CERTIFICATE', 1, 'СЕРТИФИКАТ МАСТЕРА',
        'Муниципальная методическая служба', 'настоящим подтверждается, что',
        'в {год} учебном году был(а) мастером наставнической практики «мастер – практикант» по теме «{тема}» в период {период}.',
        'Сертификат может быть представлен при аттестации на квалификационную категорию «педагог-наставник».',
        '#1F4E79', 'Руководитель методической службы', 'И.О. Фамилия',
        TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', 'system');
INSERT INTO document_template (id, kind, version_number, title, issuer_name, preamble, body, closing, accent_colour,
        signer1_position, signer1_name, created_at, created_by)
VALUES ('7d0c5a7e-0d6b-4f0e-9a51-000000000002', 'PRACTITIONER_STATEMENT', 1, 'СПРАВКА',
        'Муниципальная методическая служба', 'выдана',
        'в том, что в {год} учебном году он(а) прошёл(а) наставническую практику «мастер – практикант» по теме «{тема}» в период {период}.',
        'Справка выдана для представления по месту требования.',
        '#1F4E79', 'Руководитель методической службы', 'И.О. Фамилия',
        TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', 'system');
INSERT INTO document_template (id, kind, version_number, title, issuer_name, preamble, body, closing, accent_colour,
        signer1_position, signer1_name, created_at, created_by)
VALUES ('7d0c5a7e-0d6b-4f0e-9a51-000000000003', 'PARTICIPANT_CERTIFICATE', 1, 'СЕРТИФИКАТ УЧАСТНИКА',
        'Муниципальная методическая служба', 'настоящим подтверждается, что',
        'в {год} учебном году принял(а) участие в мероприятии «{тема}» ({период}).',
        NULL,
        '#1F4E79', 'Руководитель методической службы', 'И.О. Фамилия',
        TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', 'system');
