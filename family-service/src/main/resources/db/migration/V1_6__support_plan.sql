-- The support plan: the four services (四项服务), the family-doctor contract and the green channel.
CREATE TABLE support_plan (
    family_id           UUID PRIMARY KEY REFERENCES family (id),
    emotional_comfort   VARCHAR(12) NOT NULL,
    home_visits         VARCHAR(12) NOT NULL,
    volunteer_service   VARCHAR(12) NOT NULL,
    insurance_cover     VARCHAR(12) NOT NULL,
    doctor_name         VARCHAR(40),
    doctor_institution  VARCHAR(80),
    contract_signed_on  DATE,
    contract_expires_on DATE,
    green_channel       BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    CHECK (contract_expires_on IS NULL OR contract_signed_on IS NULL OR contract_expires_on > contract_signed_on)
);
