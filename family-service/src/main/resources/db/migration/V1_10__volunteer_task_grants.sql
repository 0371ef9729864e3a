-- Which volunteer holds a task for which family, and when: kept from volunteer-service's task events. A volunteer
-- may read the family's visit card only through an open grant, within its window.
CREATE TABLE volunteer_task_grant (
    task_id            UUID PRIMARY KEY,
    family_id          UUID NOT NULL REFERENCES family (id),
    volunteer_id       UUID NOT NULL,
    volunteer_username VARCHAR(100),
    kind               VARCHAR(30) NOT NULL,
    window_start       TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end         TIMESTAMP WITH TIME ZONE NOT NULL,
    open               BOOLEAN NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX volunteer_task_grant_lookup ON volunteer_task_grant (volunteer_username, family_id) WHERE open;
