-- A member of a bereaved family enrolled in the programme's insurance. The identity number is stored encrypted
-- (AES-GCM) with an HMAC blind index for exact matching; it never leaves the service in clear.
CREATE TABLE insured_person (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    name_enc         TEXT NOT NULL,
    id_number_enc    TEXT NOT NULL,
    id_number_index  VARCHAR(64) NOT NULL UNIQUE,
    covered_from     DATE NOT NULL,
    covered_until    DATE,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_by      VARCHAR(100) NOT NULL,
    CHECK (covered_until IS NULL OR covered_until >= covered_from)
);
CREATE INDEX insured_person_family ON insured_person (family_id);

-- What one person has used of one policy year's benefits. Claims lock this row (SELECT ... FOR UPDATE) while
-- they consume it, so two claims at once cannot both take the last of the cap.
CREATE TABLE entitlement (
    person_id          UUID NOT NULL REFERENCES insured_person (id),
    policy_year        INT NOT NULL,
    subsidy_used       NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (subsidy_used >= 0),
    nursing_days_used  INT NOT NULL DEFAULT 0 CHECK (nursing_days_used >= 0),
    PRIMARY KEY (person_id, policy_year)
);

CREATE TABLE claim (
    id                UUID PRIMARY KEY,
    hospital_id       VARCHAR(100) NOT NULL,
    person_id         UUID NOT NULL REFERENCES insured_person (id),
    setting           VARCHAR(20) NOT NULL,
    admission_date    DATE NOT NULL,
    discharge_date    DATE NOT NULL,
    inpatient_days    INT NOT NULL,
    diagnosis_codes   TEXT NOT NULL,
    attachments       TEXT NOT NULL,
    policy_year       INT NOT NULL,
    status            VARCHAR(30) NOT NULL,
    claimed_amount    NUMERIC(14, 2) NOT NULL,
    eligible_amount   NUMERIC(14, 2) NOT NULL,
    medical_benefit   NUMERIC(14, 2) NOT NULL,
    nursing_days_paid INT NOT NULL,
    nursing_allowance NUMERIC(14, 2) NOT NULL,
    explanations      TEXT NOT NULL,
    nursing_by_year   TEXT NOT NULL,
    duplicate_of      UUID,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (discharge_date >= admission_date)
);
CREATE INDEX claim_hospital ON claim (hospital_id, submitted_at DESC);
CREATE INDEX claim_person ON claim (person_id, admission_date);

CREATE TABLE claim_item (
    claim_id    UUID NOT NULL REFERENCES claim (id),
    line_no     INT NOT NULL,
    code        VARCHAR(50),
    description VARCHAR(200) NOT NULL,
    category    VARCHAR(30) NOT NULL,
    submitted   NUMERIC(14, 2) NOT NULL,
    eligible    NUMERIC(14, 2) NOT NULL,
    benefit     NUMERIC(14, 2) NOT NULL,
    rule        VARCHAR(50) NOT NULL,
    explanation VARCHAR(300) NOT NULL,
    PRIMARY KEY (claim_id, line_no)
);

-- Every state change of a claim: who, when, why.
CREATE TABLE claim_history (
    id          BIGSERIAL PRIMARY KEY,
    claim_id    UUID NOT NULL REFERENCES claim (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30) NOT NULL,
    reason      VARCHAR(500) NOT NULL
);
CREATE INDEX claim_history_claim ON claim_history (claim_id, id);

-- Idempotency-Key of a hospital's POST /api/claims: reserved in its own transaction before the claim is
-- processed (a concurrent retry finds it IN_PROGRESS), completed with the response in the claim's transaction.
CREATE TABLE claim_idempotency (
    hospital_id     VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    claim_id        UUID,
    response_status INT,
    response_body   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (hospital_id, idempotency_key)
);
