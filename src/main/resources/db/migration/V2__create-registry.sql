CREATE TABLE region (
    id      UUID         NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT region_name_uk UNIQUE (name)
);

CREATE TABLE municipality (
    id        UUID         NOT NULL PRIMARY KEY,
    region_id UUID         NOT NULL REFERENCES region (id),
    name      VARCHAR(200) NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT municipality_name_uk UNIQUE (region_id, name)
);

-- an editable reference list; preschool marks ДОУ-like types for coverage reports
CREATE TABLE organisation_type (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    preschool  BOOLEAN      NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE organisation (
    id              UUID         NOT NULL PRIMARY KEY,
    municipality_id UUID         NOT NULL REFERENCES municipality (id),
    type_code       VARCHAR(40)  NOT NULL REFERENCES organisation_type (code),
    short_name      VARCHAR(200) NOT NULL,
    full_name       VARCHAR(500) NOT NULL,
    address         VARCHAR(500),
    inn             VARCHAR(12),
    search_name     VARCHAR(700) NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_short_name_uk UNIQUE (municipality_id, short_name)
);
CREATE INDEX organisation_municipality_ix ON organisation (municipality_id);
CREATE INDEX organisation_inn_ix ON organisation (inn);

CREATE TABLE person (
    id                    UUID         NOT NULL PRIMARY KEY,
    organisation_id       UUID         NOT NULL REFERENCES organisation (id),
    last_name             VARCHAR(100) NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    middle_name           VARCHAR(100),
    search_name           VARCHAR(320) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    phone                 VARCHAR(40),
    position              VARCHAR(200) NOT NULL,
    subjects              VARCHAR(500),
    category              VARCHAR(40)  NOT NULL,
    experience_since_year INT,
    birth_year            INT,
    active                BOOLEAN      NOT NULL,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_email_uk UNIQUE (email)
);
CREATE INDEX person_organisation_ix ON person (organisation_id);
CREATE INDEX person_search_name_ix ON person (search_name);
