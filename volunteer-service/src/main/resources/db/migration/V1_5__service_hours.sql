-- The service-hour ledger: a row per verified check-in/check-out pair, and per approved correction.
-- Nothing else credits hours; a volunteer has no way to write here.
CREATE TABLE service_hour_entry (
    id            UUID PRIMARY KEY,
    volunteer_id  UUID NOT NULL REFERENCES volunteer (id),
    task_id       UUID REFERENCES task (id),
    source        VARCHAR(20) NOT NULL CHECK (source IN ('CHECK_IN', 'CORRECTION')),
    task_kind     VARCHAR(30),
    started_at    TIMESTAMP WITH TIME ZONE,
    ended_at      TIMESTAMP WITH TIME ZONE,
    minutes       INT NOT NULL,
    credited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    correction_id UUID,
    CHECK (source <> 'CHECK_IN' OR (task_id IS NOT NULL AND minutes > 0))
);
-- One ledger row per task's check-in pair.
CREATE UNIQUE INDEX service_hour_entry_task ON service_hour_entry (task_id) WHERE source = 'CHECK_IN';
CREATE INDEX service_hour_entry_volunteer ON service_hour_entry (volunteer_id, credited_at);

-- A request to correct a volunteer's hours (a forgotten check-out, a wrong time): credited only once a
-- coordinator approves it, and both sides give a reason.
CREATE TABLE hour_correction (
    id              UUID PRIMARY KEY,
    volunteer_id    UUID NOT NULL REFERENCES volunteer (id),
    task_id         UUID REFERENCES task (id),
    minutes         INT NOT NULL CHECK (minutes <> 0),
    reason          VARCHAR(500) NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(500),
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX hour_correction_status ON hour_correction (status, requested_at);
