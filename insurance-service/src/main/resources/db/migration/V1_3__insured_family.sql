-- Families as insurance-service knows them from family.events: no member data, only what entitles members.
CREATE TABLE insured_family (
    family_id     UUID PRIMARY KEY,
    category      VARCHAR(30) NOT NULL,
    district_code VARCHAR(12),
    active        BOOLEAN NOT NULL,
    green_channel BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
