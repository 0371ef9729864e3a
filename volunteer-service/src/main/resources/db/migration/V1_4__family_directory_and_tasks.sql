-- The families volunteers may be sent to, kept from family-service's events (family.events): ids, district,
-- category and status only. Tasks are created only for families known here and still ACTIVE.
CREATE TABLE family_directory (
    family_id     UUID PRIMARY KEY,
    district_code VARCHAR(6) NOT NULL,
    category      VARCHAR(20) NOT NULL,
    status        VARCHAR(30) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX family_directory_district ON family_directory (district_code, status);

-- A piece of work for one family: a visit, a call, an errand… assigned to one volunteer at a time.
-- place and instructions are the minimal family data the volunteer needs, encrypted at rest.
CREATE TABLE task (
    id                 UUID PRIMARY KEY,
    family_id          UUID NOT NULL REFERENCES family_directory (family_id),
    district_code      VARCHAR(6) NOT NULL REFERENCES district (code),
    kind               VARCHAR(30) NOT NULL CHECK (kind IN ('HOME_VISIT', 'PHONE_CONTACT', 'ACCOMPANY_TO_HOSPITAL',
                           'ERRAND', 'PSYCHOLOGICAL_SUPPORT', 'EVENT_SUPPORT')),
    priority           VARCHAR(10) NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    window_start       TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end         TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    place_enc          TEXT,
    instructions_enc   TEXT,
    preferred_dialect  VARCHAR(20),
    verification       VARCHAR(20) NOT NULL CHECK (verification IN ('CODE', 'POSITION', 'CODE_OR_POSITION')),
    status             VARCHAR(20) NOT NULL CHECK (status IN ('OPEN', 'ASSIGNED', 'ACCEPTED', 'CHECKED_IN', 'COMPLETED',
                           'CANCELLED')),
    volunteer_id       UUID REFERENCES volunteer (id),
    assigned_at        TIMESTAMP WITH TIME ZONE,
    accepted_at        TIMESTAMP WITH TIME ZONE,
    checked_in_at      TIMESTAMP WITH TIME ZONE,
    check_in_method    VARCHAR(20),
    checked_out_at     TIMESTAMP WITH TIME ZONE,
    completed_at       TIMESTAMP WITH TIME ZONE,
    cancelled_at       TIMESTAMP WITH TIME ZONE,
    cancel_reason      VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    CHECK (window_end > window_start)
);
CREATE INDEX task_volunteer_window ON task (volunteer_id, window_start) WHERE volunteer_id IS NOT NULL;
CREATE INDEX task_district_window ON task (district_code, window_start);
CREATE INDEX task_family ON task (family_id);

CREATE TABLE task_required_skill (
    task_id  UUID NOT NULL REFERENCES task (id),
    skill    VARCHAR(30) NOT NULL,
    PRIMARY KEY (task_id, skill)
);

-- Who declined a task: matching does not suggest them for it again.
CREATE TABLE task_decline (
    task_id      UUID NOT NULL REFERENCES task (id),
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    declined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(200),
    PRIMARY KEY (task_id, volunteer_id)
);
