-- Site managers: user names (preferred_username) who run a site's activities without being coordinators.
CREATE TABLE site_manager (
    site_id  UUID NOT NULL REFERENCES site (id),
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (site_id, username)
);

-- Activities scheduled at a site: 暖心大学堂 lectures, 义诊 free clinics, outings, festival gatherings, canteen meals.
CREATE TABLE activity (
    id            UUID PRIMARY KEY,
    site_id       UUID NOT NULL REFERENCES site (id),
    district_code VARCHAR(6) NOT NULL,
    kind          VARCHAR(20) NOT NULL CHECK (kind IN ('LECTURE', 'FREE_CLINIC', 'OUTING', 'FESTIVAL', 'CANTEEN_MEAL')),
    title         VARCHAR(100) NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity      INT NOT NULL CHECK (capacity > 0),
    status        VARCHAR(20) NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    expert_ids    VARCHAR(2000),
    meals_served  INT CHECK (meals_served >= 0),
    held_at       TIMESTAMP WITH TIME ZONE,
    scheduled_by  VARCHAR(100) NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX activity_site_time ON activity (site_id, starts_at);
CREATE INDEX activity_counts ON activity (status, kind, district_code, starts_at);

-- A family's place at an activity: registered within capacity, waitlisted beyond it, or let in at the door.
CREATE TABLE activity_registration (
    id            UUID PRIMARY KEY,
    seq           BIGSERIAL NOT NULL,
    activity_id   UUID NOT NULL REFERENCES activity (id),
    family_id     UUID NOT NULL REFERENCES directory_family (id),
    status        VARCHAR(20) NOT NULL CHECK (status IN ('REGISTERED', 'WAITLISTED', 'WALK_IN', 'CANCELLED')),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attended_at   TIMESTAMP WITH TIME ZONE,
    satisfaction  INT CHECK (satisfaction BETWEEN 1 AND 5),
    feedback      VARCHAR(500),
    CONSTRAINT activity_registration_once UNIQUE (activity_id, family_id)
);

-- Photos of an activity: metadata only, the files live in the association's storage.
CREATE TABLE activity_photo (
    id          UUID PRIMARY KEY,
    activity_id UUID NOT NULL REFERENCES activity (id),
    file_name   VARCHAR(200) NOT NULL,
    caption     VARCHAR(200),
    taken_at    TIMESTAMP WITH TIME ZONE,
    added_by    VARCHAR(100) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
