-- A volunteer logs in with Keycloak; the token's preferred_username links the account to the register.
-- Coordinators set it at registration or later; one account, one member.
ALTER TABLE volunteer ADD COLUMN username VARCHAR(100);
CREATE UNIQUE INDEX volunteer_username ON volunteer (username) WHERE username IS NOT NULL;
-- Approximate base (neighbourhood, not the front door) for the distance part of task matching.
ALTER TABLE volunteer ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE volunteer ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE volunteer ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE volunteer SET status = 'LEFT' WHERE status = 'WITHDRAWN';
ALTER TABLE volunteer ADD CONSTRAINT volunteer_status CHECK (status IN ('APPLICANT', 'ACTIVE', 'SUSPENDED', 'LEFT'));
CREATE INDEX volunteer_district_status ON volunteer (district_code, status);

-- Every change of status, with who made it and why (the register's history).
CREATE TABLE volunteer_status_change (
    id           UUID PRIMARY KEY,
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    from_status  VARCHAR(20) NOT NULL,
    to_status    VARCHAR(20) NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX volunteer_status_change_by_volunteer ON volunteer_status_change (volunteer_id, changed_at DESC);

-- When a member can usually serve: weekly slots (day of week, part of day).
CREATE TABLE volunteer_availability (
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    day_of_week  VARCHAR(10) NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                     'SATURDAY', 'SUNDAY')),
    part_of_day  VARCHAR(10) NOT NULL CHECK (part_of_day IN ('MORNING', 'AFTERNOON', 'EVENING')),
    PRIMARY KEY (volunteer_id, day_of_week, part_of_day)
);

-- Teams: one per warm-home site (暖心家园) in its district, plus city-wide teams (district_code NULL).
CREATE TABLE team (
    id            UUID PRIMARY KEY,
    name          VARCHAR(60) NOT NULL UNIQUE,
    district_code VARCHAR(6) REFERENCES district (code),
    site_name     VARCHAR(60),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL
);
CREATE TABLE team_member (
    team_id      UUID NOT NULL REFERENCES team (id),
    volunteer_id UUID NOT NULL REFERENCES volunteer (id),
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, volunteer_id)
);
CREATE INDEX team_member_by_volunteer ON team_member (volunteer_id);

-- 家庭健康促进专家库: the health experts of the partner medical institutions.
CREATE TABLE partner_institution (
    code       VARCHAR(20) PRIMARY KEY,
    name       VARCHAR(40) NOT NULL UNIQUE,
    sort_order INT NOT NULL
);
INSERT INTO partner_institution (code, name, sort_order) VALUES
    ('XMU-FIRST', '厦门大学附属第一医院', 1),
    ('XMU-ZHONGSHAN', '厦门大学附属中山医院', 2),
    ('XMU-CARDIAC', '厦门大学附属心血管病医院', 3),
    ('XM-XIANYUE', '厦门市仙岳医院', 4),
    ('XM-MATERNAL', '厦门市妇幼保健院', 5),
    ('XM-TCM', '厦门市中医院', 6),
    ('XM-CHILDREN', '复旦大学附属儿科医院厦门医院', 7),
    ('XM-HUMANITY', '厦门弘爱医院', 8),
    ('XM-CHANGGUNG', '厦门长庚医院', 9),
    ('XM-FIFTH', '厦门市第五医院', 10),
    ('XM-HAICANG', '厦门市海沧医院', 11);

CREATE TABLE expert (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(40) NOT NULL,
    institution_code      VARCHAR(20) NOT NULL REFERENCES partner_institution (code),
    specialty             VARCHAR(40) NOT NULL,
    title                 VARCHAR(30) NOT NULL,
    offers_lectures       BOOLEAN NOT NULL,
    offers_free_clinics   BOOLEAN NOT NULL,
    offers_consultations  BOOLEAN NOT NULL,
    registered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by         VARCHAR(100) NOT NULL,
    version               BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX expert_institution ON expert (institution_code);
CREATE INDEX expert_specialty ON expert (specialty);
