-- The street (街道) of each family, for the figures below the district. Families registered before this version
-- get theirs from their next event or a rebuild.
ALTER TABLE supervised_family ADD COLUMN street VARCHAR(40);
CREATE INDEX supervised_family_street ON supervised_family (district_code, street) WHERE active;
