-- Read models for volunteer.events, insurance.events and carehome.events, and what the families need besides.
-- Each row is keyed by the aggregate it follows and every change is one statement that gives the same row
-- whatever the order and however often an event is applied, so a replay from offset zero rebuilds them.

-- Members per family (the insurable persons of a bereaved family) and its risk level, from family.events.
ALTER TABLE supervised_family ADD COLUMN member_count INT NOT NULL DEFAULT 0;
ALTER TABLE supervised_family ADD COLUMN risk_level VARCHAR(10);
ALTER TABLE supervised_family ADD COLUMN risk_assessed_at TIMESTAMP WITH TIME ZONE;

-- Volunteers and their status; the latest change wins.
CREATE TABLE supervised_volunteer (
    volunteer_id  UUID PRIMARY KEY,
    district_code VARCHAR(6) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervised_volunteer_district ON supervised_volunteer (district_code, status);

-- Hours credited (negative for a deduction), one row per ledger entry.
CREATE TABLE supervised_hours (
    entry_id      UUID PRIMARY KEY,
    volunteer_id  UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    minutes       INT NOT NULL,
    credited_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supervised_hours_district ON supervised_hours (district_code, credited_at);

-- Tasks: open until completed or cancelled, which no later-arriving event undoes (stage only grows).
CREATE TABLE supervised_task (
    task_id       UUID PRIMARY KEY,
    district_code VARCHAR(6) NOT NULL,
    stage         INT NOT NULL,
    window_end    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX supervised_task_open ON supervised_task (district_code, window_end) WHERE stage < 9;

-- Call-campaign entries: the outcome of their latest attempt.
CREATE TABLE supervised_call_entry (
    entry_id      UUID PRIMARY KEY,
    campaign_id   UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    attempt       INT NOT NULL
);
CREATE INDEX supervised_call_entry_district ON supervised_call_entry (district_code);

-- Insured persons and their family (the district comes from supervised_family when the figures are read).
CREATE TABLE supervised_insured (
    person_id     UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    ended         BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX supervised_insured_family ON supervised_insured (family_id);

-- Claims: the stage only grows (submitted 0, pending review 1, awaiting second approval 2, decided 3, paid 4).
CREATE TABLE supervised_claim (
    claim_id       UUID PRIMARY KEY,
    person_id      UUID,
    stage          INT NOT NULL,
    status         VARCHAR(30) NOT NULL,
    claimed_amount NUMERIC(14, 2),
    benefit_amount NUMERIC(14, 2),
    paid_amount    NUMERIC(14, 2),
    submitted_at   TIMESTAMP WITH TIME ZONE,
    decided_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX supervised_claim_person ON supervised_claim (person_id);
CREATE INDEX supervised_claim_waiting ON supervised_claim (submitted_at) WHERE stage IN (1, 2);

-- The premium budget of each policy year; the latest setting wins.
CREATE TABLE supervised_premium_budget (
    year    INT PRIMARY KEY,
    amount  NUMERIC(14, 2) NOT NULL,
    set_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Warm-home sites and whether they meet the standard; the latest change wins.
CREATE TABLE supervised_site (
    site_id        UUID PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    district_code  VARCHAR(6) NOT NULL,
    meets_standard BOOLEAN,
    shortfalls     VARCHAR(200),
    standard_at    TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Families served by a site; the latest join or leave wins.
CREATE TABLE supervised_site_family (
    site_id       UUID NOT NULL,
    family_id     UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    category      VARCHAR(20) NOT NULL,
    joined        BOOLEAN NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, family_id)
);

-- Activities: scheduled, then held with their attendance.
CREATE TABLE supervised_activity (
    activity_id   UUID PRIMARY KEY,
    site_id       UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    held          BOOLEAN NOT NULL DEFAULT false,
    registered    INT NOT NULL DEFAULT 0,
    attended      INT NOT NULL DEFAULT 0
);
CREATE INDEX supervised_activity_district ON supervised_activity (district_code, starts_at);

-- Families per district and category are counted from supervised_family (which follows moves between
-- districts too); the district table keeps only the districts themselves.
ALTER TABLE district_families RENAME TO district;
ALTER TABLE district DROP COLUMN bereaved, DROP COLUMN disabled_child, DROP COLUMN updated_at;
