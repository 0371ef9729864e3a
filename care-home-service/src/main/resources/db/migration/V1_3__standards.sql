-- The volunteers care-home knows of, kept from volunteer-service's events: only id, district and status.
CREATE TABLE directory_volunteer (
    id            UUID PRIMARY KEY,
    district_code VARCHAR(6),
    kind          VARCHAR(40),
    status        VARCHAR(20) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A site's regular volunteers (固定志愿者), attached by a coordinator; only active ones count for the standard.
CREATE TABLE site_volunteer (
    site_id      UUID NOT NULL REFERENCES site (id),
    volunteer_id UUID NOT NULL REFERENCES directory_volunteer (id),
    attached_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (site_id, volunteer_id)
);
CREATE INDEX site_volunteer_by_volunteer ON site_volunteer (volunteer_id);

-- Partner organisations with their agreement (合作协议); social organisations in force count for the standard.
CREATE TABLE site_partner (
    id               UUID PRIMARY KEY,
    site_id          UUID NOT NULL REFERENCES site (id),
    name             VARCHAR(100) NOT NULL,
    kind             VARCHAR(30) NOT NULL CHECK (kind IN ('SOCIAL_ORGANISATION', 'ENTERPRISE', 'HOSPITAL')),
    agreement        VARCHAR(200) NOT NULL,
    agreement_from   DATE NOT NULL,
    agreement_until  DATE,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by         VARCHAR(100) NOT NULL,
    CONSTRAINT site_partner_once UNIQUE (site_id, name),
    CHECK (agreement_until IS NULL OR agreement_until >= agreement_from)
);

-- Each site's standing against the standard, as last evaluated; a change of "compliant" is an event.
CREATE TABLE site_compliance (
    site_id                UUID PRIMARY KEY REFERENCES site (id),
    compliant              BOOLEAN NOT NULL,
    regular_volunteers     INT NOT NULL,
    partner_organisations  INT NOT NULL,
    last_met_at            TIMESTAMP WITH TIME ZONE,
    evaluated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
