-- What the volunteer saw on a visit or call; completing a HOME_VISIT or PHONE_CONTACT task produces one, and
-- family-service records it as a contact (event visit-reported). Notes stay here, encrypted.
CREATE TABLE visit_report (
    id               UUID PRIMARY KEY,
    task_id          UUID NOT NULL UNIQUE REFERENCES task (id),
    family_id        UUID NOT NULL,
    volunteer_id     UUID NOT NULL REFERENCES volunteer (id),
    kind             VARCHAR(20) NOT NULL CHECK (kind IN ('HOME_VISIT', 'PHONE_CALL')),
    contacted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INT NOT NULL CHECK (duration_minutes >= 1),
    location         VARCHAR(100),
    wellbeing        INT NOT NULL CHECK (wellbeing BETWEEN 1 AND 5),
    notes_enc        TEXT,
    follow_up_enc    TEXT,
    follow_up_due    DATE,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_report_family ON visit_report (family_id, contacted_at DESC);

CREATE TABLE visit_report_need (
    report_id UUID NOT NULL REFERENCES visit_report (id),
    need      VARCHAR(20) NOT NULL CHECK (need IN ('MEDICAL', 'PSYCHOLOGICAL', 'DAILY_CARE', 'FINANCIAL', 'SOCIAL',
                  'HOUSING', 'LEGAL')),
    PRIMARY KEY (report_id, need)
);
