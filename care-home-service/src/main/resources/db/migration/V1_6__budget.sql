-- Warm-heart special funds per year: the city's line (site_id NULL) and each site's share of it.
CREATE TABLE budget_line (
    id       UUID PRIMARY KEY,
    year     INT NOT NULL,
    site_id  UUID REFERENCES site (id),
    amount   NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    set_by   VARCHAR(100) NOT NULL,
    set_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX budget_line_city ON budget_line (year) WHERE site_id IS NULL;
CREATE UNIQUE INDEX budget_line_site ON budget_line (year, site_id) WHERE site_id IS NOT NULL;

-- Money spent on an activity, charged to its site's line and the city's of the activity's year.
CREATE TABLE activity_spend (
    id            UUID PRIMARY KEY,
    activity_id   UUID NOT NULL REFERENCES activity (id),
    site_id       UUID NOT NULL REFERENCES site (id),
    district_code VARCHAR(6) NOT NULL,
    year          INT NOT NULL,
    amount        NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    purpose       VARCHAR(200) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activity_spend_year ON activity_spend (year, site_id);
