-- The 暖心家园 warm-home sites: community places where bereaved and disabled-child families meet.
CREATE TABLE site (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(60) NOT NULL,
    district_code       VARCHAR(6) NOT NULL REFERENCES district (code),
    street              VARCHAR(40) NOT NULL,
    address             VARCHAR(200) NOT NULL,
    opening_hours       VARCHAR(100) NOT NULL,
    featured_practice   VARCHAR(60),
    demonstration_level VARCHAR(20) NOT NULL CHECK (demonstration_level IN ('NONE', 'STREET', 'DISTRICT')),
    latitude            DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude           DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(100) NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    -- a site is known by its name across the city
    CONSTRAINT site_name_unique UNIQUE (name),
    -- a position is both coordinates or neither
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    FOREIGN KEY (district_code, street) REFERENCES street (district_code, name)
);
CREATE INDEX site_area ON site (district_code, street);
