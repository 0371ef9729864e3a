-- The monthly activity volume is part of the standard: activities held in the last full calendar month.
ALTER TABLE site_compliance
    ADD COLUMN activities       INT NOT NULL DEFAULT 0,
    ADD COLUMN activities_month VARCHAR(7);
