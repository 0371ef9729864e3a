-- One row per family as the supervision view needs it: its area, whether it is active, its three coverages and
-- its latest contact and visit. From family.events; no personal information.
CREATE TABLE supervised_family (
    family_id       UUID PRIMARY KEY,
    district_code   VARCHAR(6) NOT NULL,
    category        VARCHAR(20) NOT NULL,
    active          BOOLEAN NOT NULL,
    liaisons        BOOLEAN NOT NULL DEFAULT false,
    family_doctor   BOOLEAN NOT NULL DEFAULT false,
    green_channel   BOOLEAN NOT NULL DEFAULT false,
    last_contact_at TIMESTAMP WITH TIME ZONE,
    last_visit_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX supervised_family_district ON supervised_family (district_code) WHERE active;

-- Home visits, for the visits of this week and month.
CREATE TABLE supervised_visit (
    contact_id    UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    contacted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervised_visit_district ON supervised_visit (district_code, contacted_at);

-- Follow-ups announced overdue, until done.
CREATE TABLE supervised_follow_up (
    contact_id    UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    overdue       BOOLEAN NOT NULL DEFAULT false,
    done          BOOLEAN NOT NULL DEFAULT false
);
