-- The register of the 金色阳光 volunteer corps: volunteers, partner social workers and project staff.
-- The phone is stored encrypted (phone_enc) with an HMAC blind index (phone_index) for exact search.
CREATE TABLE volunteer (
    id            UUID PRIMARY KEY,
    name          VARCHAR(40) NOT NULL,
    phone_enc     TEXT NOT NULL,
    phone_index   CHAR(64) NOT NULL,
    district_code VARCHAR(6) NOT NULL REFERENCES district (code),
    kind          VARCHAR(20) NOT NULL CHECK (kind IN ('VOLUNTEER', 'SOCIAL_WORKER', 'PROJECT_STAFF')),
    status        VARCHAR(20) NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0
);
-- One person, one entry in the register.
CREATE UNIQUE INDEX volunteer_phone ON volunteer (phone_index);
CREATE INDEX volunteer_district ON volunteer (district_code);
CREATE INDEX volunteer_registered ON volunteer (registered_at DESC);
CREATE INDEX volunteer_name ON volunteer (name);

-- What a person can do for a family, in the order they gave it.
CREATE TABLE volunteer_skill (
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    position     INT NOT NULL,
    skill        VARCHAR(30) NOT NULL CHECK (skill IN ('HOME_VISIT', 'PHONE_CONTACT', 'ACCOMPANY_TO_HOSPITAL',
                     'ERRAND', 'PSYCHOLOGICAL_SUPPORT', 'EVENT_SUPPORT', 'NURSING', 'LEGAL')),
    PRIMARY KEY (volunteer_id, position)
);
CREATE INDEX volunteer_skill_by_skill ON volunteer_skill (skill);

-- Professional qualifications (心理咨询师, 社会工作师…) that tag professional volunteers.
CREATE TABLE volunteer_qualification (
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    position     INT NOT NULL,
    name         VARCHAR(30) NOT NULL,
    PRIMARY KEY (volunteer_id, position)
);

-- Dialects spoken: many parents speak only 闽南话.
CREATE TABLE volunteer_dialect (
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    position     INT NOT NULL,
    name         VARCHAR(20) NOT NULL,
    PRIMARY KEY (volunteer_id, position)
);
