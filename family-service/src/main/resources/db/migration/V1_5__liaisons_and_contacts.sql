-- 双岗联系人: every family has a community worker and a branch worker as liaisons.
CREATE TABLE family_liaison (
    family_id   UUID NOT NULL REFERENCES family (id),
    role        VARCHAR(20) NOT NULL CHECK (role IN ('COMMUNITY_WORKER', 'BRANCH_WORKER')),
    name        VARCHAR(40) NOT NULL,
    phone_enc   TEXT NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (family_id, role)
);
CREATE INDEX family_liaison_name ON family_liaison (name);

-- Phone contacts and home visits; notes and follow-ups may describe health and grief: encrypted.
CREATE TABLE family_contact (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL REFERENCES family (id),
    kind             VARCHAR(12) NOT NULL CHECK (kind IN ('PHONE_CALL', 'HOME_VISIT')),
    contacted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    contacted_by     VARCHAR(40) NOT NULL,
    recorded_by      VARCHAR(100) NOT NULL,
    location         VARCHAR(100),
    duration_minutes INT NOT NULL,
    wellbeing        INT CHECK (wellbeing BETWEEN 1 AND 5),
    notes_enc        TEXT,
    follow_up_enc    TEXT,
    follow_up_due    DATE
);
CREATE INDEX family_contact_family ON family_contact (family_id, contacted_at DESC);
CREATE INDEX family_contact_follow_up ON family_contact (follow_up_due) WHERE follow_up_due IS NOT NULL;

-- The latest contact and visit, kept on the family for the overdue worklist.
ALTER TABLE family ADD COLUMN last_contact_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family ADD COLUMN last_visit_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX family_cadence ON family (district_code, last_contact_at NULLS FIRST) WHERE status = 'ACTIVE';
