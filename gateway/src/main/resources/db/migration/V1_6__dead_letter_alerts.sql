-- What an alert is about beyond its subject: for a dead-lettered event, where it was parked and why.
ALTER TABLE supervision_alert ADD COLUMN details VARCHAR(500);
