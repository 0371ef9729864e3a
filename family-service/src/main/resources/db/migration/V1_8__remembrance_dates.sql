-- Sensitive dates (the child's death anniversary, birthday…) that call for outreach ahead of the day.
-- Bereavement data: the label is encrypted; only coordinators see any of it.
CREATE TABLE remembrance_date (
    id                 UUID PRIMARY KEY,
    family_id          UUID NOT NULL REFERENCES family (id),
    kind               VARCHAR(30) NOT NULL,
    month              INT NOT NULL CHECK (month BETWEEN 1 AND 12),
    day                INT NOT NULL CHECK (day BETWEEN 1 AND 31),
    label_enc          TEXT,
    remind_days_before INT NOT NULL CHECK (remind_days_before BETWEEN 1 AND 60),
    added_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by           VARCHAR(100) NOT NULL
);
CREATE INDEX remembrance_date_family ON remembrance_date (family_id);
