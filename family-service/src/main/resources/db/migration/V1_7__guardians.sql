-- Guardians / emergency proxies: who can be called, and who may sign, when the parents cannot (签字难).
CREATE TABLE family_guardian (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES family (id),
    name         VARCHAR(40) NOT NULL,
    relationship VARCHAR(30) NOT NULL,
    phone_enc    TEXT NOT NULL,
    may_sign     BOOLEAN NOT NULL,
    priority     INT NOT NULL CHECK (priority BETWEEN 1 AND 9),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(100) NOT NULL,
    UNIQUE (family_id, priority)
);
