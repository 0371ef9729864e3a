-- Professional qualifications (心理咨询师, 护士执业证书…) as volunteer-service published them at registration: a
-- volunteer with one is an expert volunteer who can staff a free clinic.
ALTER TABLE directory_volunteer ADD COLUMN qualifications VARCHAR(1000);

-- Expert volunteers a coordinator or the site's manager assigned to a free clinic (义诊).
CREATE TABLE activity_expert_volunteer (
    activity_id  UUID NOT NULL REFERENCES activity (id),
    volunteer_id UUID NOT NULL REFERENCES directory_volunteer (id),
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_id, volunteer_id)
);
