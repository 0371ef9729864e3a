-- Volunteers signed up to help at an activity, by their account (preferred_username): the key volunteer-service
-- itself links a login to a volunteer by.
CREATE TABLE volunteer_signup (
    activity_id  UUID NOT NULL REFERENCES activity (id),
    username     VARCHAR(100) NOT NULL,
    signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activity_id, username)
);
CREATE INDEX volunteer_signup_by_volunteer ON volunteer_signup (username);
