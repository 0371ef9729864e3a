-- What the visitor noticed the family needs, per contact (the areas of a needs assessment).
CREATE TABLE family_contact_need (
    contact_id UUID NOT NULL REFERENCES family_contact (id),
    position   INT NOT NULL,
    need       VARCHAR(20) NOT NULL
        CHECK (need IN ('MEDICAL', 'PSYCHOLOGICAL', 'DAILY_CARE', 'FINANCIAL', 'SOCIAL', 'HOUSING', 'LEGAL')),
    PRIMARY KEY (contact_id, position)
);

-- Follow-ups are closed by a coordinator; an overdue one is announced once (follow-up-overdue event).
ALTER TABLE family_contact ADD COLUMN follow_up_done_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family_contact ADD COLUMN follow_up_done_by VARCHAR(100);
ALTER TABLE family_contact ADD COLUMN follow_up_overdue_announced_at TIMESTAMP WITH TIME ZONE;
DROP INDEX family_contact_follow_up;
CREATE INDEX family_contact_open_follow_up ON family_contact (follow_up_due)
    WHERE follow_up_due IS NOT NULL AND follow_up_done_at IS NULL;

-- Who reported the contact: the family's liaison, or a volunteer completing a task (then at most one per task).
ALTER TABLE family_contact ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'LIAISON' CHECK (source IN ('LIAISON', 'VOLUNTEER'));
ALTER TABLE family_contact ADD COLUMN volunteer_task_id UUID UNIQUE;

-- The yearly visit count: home visits of one family since a date.
CREATE INDEX family_contact_visits ON family_contact (family_id, contacted_at) WHERE kind = 'HOME_VISIT';
