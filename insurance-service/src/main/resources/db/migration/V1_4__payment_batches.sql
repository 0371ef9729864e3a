-- A month's payment to one hospital: every decided, unpaid claim discharged in that month.
CREATE TABLE payment_batch (
    id          UUID PRIMARY KEY,
    hospital_id VARCHAR(100) NOT NULL,
    month       CHAR(7) NOT NULL,
    claim_count INT NOT NULL,
    total       NUMERIC(14, 2) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL
);
ALTER TABLE claim ADD COLUMN payment_batch_id UUID REFERENCES payment_batch (id);
