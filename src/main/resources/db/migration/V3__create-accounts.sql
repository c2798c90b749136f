CREATE TABLE account (
    id            UUID         NOT NULL PRIMARY KEY,
    person_id     UUID         NOT NULL REFERENCES person (id),
    username      VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200),
    enabled       BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_person_uk UNIQUE (person_id)
);

-- a role held in a scope: a region or municipality for coordinators, an organisation for deputies
CREATE TABLE role_grant (
    id              UUID        NOT NULL PRIMARY KEY,
    account_id      UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role            VARCHAR(40) NOT NULL,
    region_id       UUID REFERENCES region (id),
    municipality_id UUID REFERENCES municipality (id),
    organisation_id UUID REFERENCES organisation (id)
);
CREATE INDEX role_grant_account_ix ON role_grant (account_id);

-- one-time links for invitations and password resets; only a hash of the token is stored
CREATE TABLE account_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

-- failed logins per user name, shared by all nodes
CREATE TABLE login_throttle (
    username         VARCHAR(254) NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);
