-- The registry of special families (计生特殊家庭) and their members.
CREATE TABLE family (
    id            UUID PRIMARY KEY,
    category      VARCHAR(20) NOT NULL CHECK (category IN ('BEREAVED', 'DISABLED_CHILD')),
    district_code VARCHAR(6) NOT NULL REFERENCES district (code),
    street        VARCHAR(40) NOT NULL,
    community     VARCHAR(60) NOT NULL,
    address       VARCHAR(200) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    FOREIGN KEY (district_code, street) REFERENCES street (district_code, name)
);
CREATE INDEX family_area ON family (district_code, street);
CREATE INDEX family_registered ON family (registered_at DESC);

-- Identity numbers and phones are stored encrypted (*_enc) with an HMAC blind index (*_index) for exact
-- search; the last four characters of the identity number are kept for the masked search users know.
CREATE TABLE family_member (
    id              UUID PRIMARY KEY,
    family_id       UUID NOT NULL REFERENCES family (id),
    position        INT NOT NULL,
    name            VARCHAR(40) NOT NULL,
    relation        VARCHAR(20) NOT NULL,
    id_number_enc   TEXT NOT NULL,
    id_number_index CHAR(64) NOT NULL,
    id_suffix       CHAR(4) NOT NULL,
    phone_enc       TEXT,
    phone_index     CHAR(64),
    birth_date      DATE NOT NULL,
    sex             VARCHAR(6) NOT NULL,
    living_alone    BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (family_id, position)
);
-- A person belongs to one family of the registry.
CREATE UNIQUE INDEX family_member_identity ON family_member (id_number_index);
CREATE INDEX family_member_phone ON family_member (phone_index);
CREATE INDEX family_member_name ON family_member (name);
