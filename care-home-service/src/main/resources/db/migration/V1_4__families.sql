-- The families care-home knows of, kept from family-service's events: no name, no address beyond the street.
CREATE TABLE directory_family (
    id            UUID PRIMARY KEY,
    category      VARCHAR(20) NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    street        VARCHAR(40),
    status        VARCHAR(30) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_family_area ON directory_family (district_code, category, status);

-- The families a site serves; a family belongs to one site at a time.
CREATE TABLE site_family (
    site_id   UUID NOT NULL REFERENCES site (id),
    family_id UUID NOT NULL REFERENCES directory_family (id),
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    joined_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (family_id)
);
CREATE INDEX site_family_by_site ON site_family (site_id);
