-- Members' health: conditions encrypted at rest (sensitive personal information), disability grade.
ALTER TABLE family_member ADD COLUMN health_conditions_enc TEXT;
ALTER TABLE family_member ADD COLUMN chronic_conditions INT NOT NULL DEFAULT 0;
ALTER TABLE family_member ADD COLUMN disability_level VARCHAR(10) NOT NULL DEFAULT 'NONE';

-- Needs assessments (精准帮扶): every assessment is kept; the family points at its latest.
CREATE TABLE needs_assessment (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES family (id),
    assessed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    assessed_by  VARCHAR(100) NOT NULL,
    risk_level   VARCHAR(12) NOT NULL,
    risk_reasons VARCHAR(300) NOT NULL,
    notes_enc    TEXT
);
CREATE INDEX needs_assessment_family ON needs_assessment (family_id, assessed_at DESC);

CREATE TABLE assessed_need (
    assessment_id UUID NOT NULL REFERENCES needs_assessment (id),
    area          VARCHAR(20) NOT NULL,
    severity      VARCHAR(10) NOT NULL,
    PRIMARY KEY (assessment_id, area)
);

ALTER TABLE family ADD COLUMN risk_level VARCHAR(12) NOT NULL DEFAULT 'UNASSESSED';
ALTER TABLE family ADD COLUMN latest_assessment_id UUID REFERENCES needs_assessment (id);
CREATE INDEX family_risk ON family (district_code, risk_level);

-- Who read a full record (identity numbers, phones, health in clear), when and why.
CREATE TABLE access_audit (
    id            UUID PRIMARY KEY,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    actor_roles   VARCHAR(200) NOT NULL,
    family_id     UUID NOT NULL REFERENCES family (id),
    district_code VARCHAR(6) NOT NULL,
    purpose       VARCHAR(200) NOT NULL
);
CREATE INDEX access_audit_family ON access_audit (family_id, read_at DESC);
CREATE INDEX access_audit_district ON access_audit (district_code, read_at DESC);
