-- Members of families as family-service lists them (members-changed): no name, no identity number in clear, only
-- the HMAC blind index of the identity number, under the index key both services share.
CREATE TABLE family_member_ref (
    member_id       UUID PRIMARY KEY,
    family_id       UUID NOT NULL,
    relation        VARCHAR(20) NOT NULL,
    active          BOOLEAN NOT NULL,
    id_number_index VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX family_member_ref_family ON family_member_ref (family_id);

-- A person enrolled from family events has no name or identity number here, only the member id and the blind index
-- hospitals' identity numbers are matched by.
ALTER TABLE insured_person ALTER COLUMN name_enc DROP NOT NULL;
ALTER TABLE insured_person ALTER COLUMN id_number_enc DROP NOT NULL;
ALTER TABLE insured_person ADD COLUMN member_id UUID UNIQUE;
ALTER TABLE insured_person ADD COLUMN source VARCHAR(20) NOT NULL DEFAULT 'COORDINATOR';

-- The policy years the programme insures a person for: one premium each. Written at enrolment for the years from
-- the first covered day to the current one, then one year at a time by the yearly renewal.
CREATE TABLE policy_enrolment (
    person_id   UUID NOT NULL REFERENCES insured_person (id),
    policy_year INT NOT NULL,
    source      VARCHAR(20) NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, policy_year)
);
CREATE INDEX policy_enrolment_year ON policy_enrolment (policy_year);

-- Every person enrolled before policy years were recorded: the years from their first covered day to the last
-- they were covered in (or the current one).
INSERT INTO policy_enrolment (person_id, policy_year, source, enrolled_at)
SELECT p.id, y, 'ENROLMENT', p.enrolled_at
FROM insured_person p,
     generate_series(EXTRACT(YEAR FROM p.covered_from)::int,
                     GREATEST(EXTRACT(YEAR FROM p.covered_from)::int,
                              LEAST(EXTRACT(YEAR FROM COALESCE(p.covered_until, CURRENT_DATE))::int,
                                    EXTRACT(YEAR FROM CURRENT_DATE)::int))) AS y;
