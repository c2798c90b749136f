-- Practice: pairs from agreement to a graded product, their journal, check-ins and files, the
-- editable lists of early-end reasons and of rubric criteria. Each side's organisation, municipality
-- and region at the time the pair was formed are kept on the pair, so scope is one indexed condition.

CREATE TABLE practice_end_reason (
    id       UUID         NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL
);

INSERT INTO practice_end_reason (id, name, position, active) VALUES
    ('5e0d0000-0000-4000-8000-000000000001', 'нет времени', 1, TRUE),
    ('5e0d0000-0000-4000-8000-000000000002', 'смена работы', 2, TRUE),
    ('5e0d0000-0000-4000-8000-000000000003', 'не сложилось взаимодействие', 3, TRUE),
    ('5e0d0000-0000-4000-8000-000000000004', 'болезнь или длительное отсутствие', 4, TRUE),
    ('5e0d0000-0000-4000-8000-000000000005', 'тема больше не актуальна', 5, TRUE),
    ('5e0d0000-0000-4000-8000-000000000006', 'другое', 6, TRUE);

CREATE TABLE practice_pair (
    id                           UUID          NOT NULL PRIMARY KEY,
    academic_year                INT           NOT NULL,
    practitioner_id              UUID          NOT NULL,
    practitioner_organisation_id UUID          NOT NULL,
    practitioner_municipality_id UUID          NOT NULL,
    practitioner_region_id       UUID          NOT NULL,
    master_id                    UUID          NOT NULL,
    master_organisation_id       UUID          NOT NULL,
    master_municipality_id       UUID          NOT NULL,
    master_region_id             UUID          NOT NULL,
    topic_id                     UUID          NOT NULL,
    origin                       VARCHAR(20)   NOT NULL,
    matching_run_id              UUID,
    status                       VARCHAR(20)   NOT NULL,
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_on                   DATE          NOT NULL,
    created_by                   VARCHAR(320)  NOT NULL,
    goal                         VARCHAR(2000),
    expected_product             VARCHAR(500),
    planned_start                DATE,
    planned_end                  DATE,
    meeting_rhythm               VARCHAR(200),
    mentoring_form_id            UUID,
    mentoring_kind_id            UUID,
    basis_number                 VARCHAR(100),
    basis_date                   DATE,
    basis_start                  DATE,
    basis_end                    DATE,
    basis_early_end              DATE,
    practitioner_agreed_at       TIMESTAMP WITH TIME ZONE,
    master_agreed_at             TIMESTAMP WITH TIME ZONE,
    agreed_at                    TIMESTAMP WITH TIME ZONE,
    activated_on                 DATE,
    status_before_pause          VARCHAR(20),
    paused_until                 DATE,
    finished_at                  TIMESTAMP WITH TIME ZONE,
    declined_by                  VARCHAR(20),
    end_reason_id                UUID REFERENCES practice_end_reason (id),
    end_note                     VARCHAR(2000),
    first_meeting_on             DATE,
    last_entry_on                DATE,
    entry_count                  INT           NOT NULL,
    attention_since              TIMESTAMP WITH TIME ZONE,
    product_title                VARCHAR(300),
    product_kind                 VARCHAR(100),
    product_link                 VARCHAR(1000),
    product_file_id              UUID,
    graded_at                    TIMESTAMP WITH TIME ZONE,
    grade_comment                VARCHAR(2000),
    review_text                  VARCHAR(4000),
    completed_on                 DATE,
    consent_given                BOOLEAN,
    consent_text                 VARCHAR(2000),
    consent_at                   TIMESTAMP WITH TIME ZONE,
    consent_from                 VARCHAR(64),
    version                      BIGINT        NOT NULL
);

CREATE INDEX practice_pair_year_idx ON practice_pair (academic_year, status);
CREATE INDEX practice_pair_practitioner_idx ON practice_pair (practitioner_id);
CREATE INDEX practice_pair_master_idx ON practice_pair (master_id);
CREATE INDEX practice_pair_p_org_idx ON practice_pair (practitioner_organisation_id);
CREATE INDEX practice_pair_m_org_idx ON practice_pair (master_organisation_id);
CREATE INDEX practice_pair_p_mun_idx ON practice_pair (practitioner_municipality_id);
CREATE INDEX practice_pair_m_mun_idx ON practice_pair (master_municipality_id);

-- the master's grade, one row per rubric criterion, copied as words
CREATE TABLE practice_pair_grade (
    pair_id    UUID         NOT NULL REFERENCES practice_pair (id),
    position   INT          NOT NULL,
    criterion  VARCHAR(300) NOT NULL,
    level_name VARCHAR(200) NOT NULL,
    points     INT          NOT NULL,
    max_points INT          NOT NULL,
    PRIMARY KEY (pair_id, position)
);

CREATE TABLE practice_journal_entry (
    id          UUID         NOT NULL PRIMARY KEY,
    pair_id     UUID         NOT NULL REFERENCES practice_pair (id),
    author_id   UUID         NOT NULL,
    author_side VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    occurred_on DATE         NOT NULL,
    minutes     INT          NOT NULL,
    note        VARCHAR(2000),
    shared      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX practice_journal_entry_pair_idx ON practice_journal_entry (pair_id, occurred_on);

CREATE TABLE practice_file (
    id           UUID         NOT NULL PRIMARY KEY,
    pair_id      UUID         NOT NULL REFERENCES practice_pair (id),
    entry_id     UUID REFERENCES practice_journal_entry (id),
    uploaded_by  UUID         NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX practice_file_pair_idx ON practice_file (pair_id);

CREATE TABLE practice_check_in (
    id          UUID         NOT NULL PRIMARY KEY,
    pair_id     UUID         NOT NULL REFERENCES practice_pair (id),
    side        VARCHAR(20)  NOT NULL,
    progress    INT          NOT NULL,
    needs_help  BOOLEAN      NOT NULL,
    comment     VARCHAR(2000),
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX practice_check_in_pair_idx ON practice_check_in (pair_id);

CREATE TABLE practice_rubric_criterion (
    id       UUID         NOT NULL PRIMARY KEY,
    name     VARCHAR(300) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL
);

CREATE TABLE practice_rubric_level (
    criterion_id UUID          NOT NULL REFERENCES practice_rubric_criterion (id),
    position     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    points       INT           NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (criterion_id, position)
);

INSERT INTO practice_rubric_criterion (id, name, position, active) VALUES
    ('5e0c0000-0000-4000-8000-000000000001', 'Соответствие продукта цели и теме практики', 1, TRUE),
    ('5e0c0000-0000-4000-8000-000000000002', 'Практическая применимость в работе педагога', 2, TRUE),
    ('5e0c0000-0000-4000-8000-000000000003', 'Самостоятельность практиканта', 3, TRUE),
    ('5e0c0000-0000-4000-8000-000000000004', 'Качество оформления', 4, TRUE);

INSERT INTO practice_rubric_level (criterion_id, position, name, points, description) VALUES
    ('5e0c0000-0000-4000-8000-000000000001', 0, 'низкий', 1, 'Продукт связан с темой лишь частично, цель не достигнута'),
    ('5e0c0000-0000-4000-8000-000000000001', 1, 'средний', 2, 'Продукт соответствует теме, цель достигнута частично'),
    ('5e0c0000-0000-4000-8000-000000000001', 2, 'высокий', 3, 'Продукт полностью соответствует теме, цель достигнута'),
    ('5e0c0000-0000-4000-8000-000000000002', 0, 'низкий', 1, 'Продукт нельзя применить без существенной доработки'),
    ('5e0c0000-0000-4000-8000-000000000002', 1, 'средний', 2, 'Продукт применим после доработки'),
    ('5e0c0000-0000-4000-8000-000000000002', 2, 'высокий', 3, 'Продукт готов к применению и уже опробован'),
    ('5e0c0000-0000-4000-8000-000000000003', 0, 'низкий', 1, 'Продукт создан в основном мастером'),
    ('5e0c0000-0000-4000-8000-000000000003', 1, 'средний', 2, 'Практикант работал с постоянной помощью мастера'),
    ('5e0c0000-0000-4000-8000-000000000003', 2, 'высокий', 3, 'Практикант работал самостоятельно, мастер консультировал'),
    ('5e0c0000-0000-4000-8000-000000000004', 0, 'низкий', 1, 'Оформление небрежно, структура не ясна'),
    ('5e0c0000-0000-4000-8000-000000000004', 1, 'средний', 2, 'Оформление аккуратно, есть недочёты в структуре'),
    ('5e0c0000-0000-4000-8000-000000000004', 2, 'высокий', 3, 'Оформление аккуратно, структура ясна и логична');
