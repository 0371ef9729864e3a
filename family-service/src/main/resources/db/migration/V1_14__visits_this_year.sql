-- The home visits of each family's latest visiting year, kept on the family as visits are recorded, so the overdue
-- worklist reads one index entry per family instead of counting every family's visits: at a million families its
-- count read each family's visits (docs/benchmarks.md, the registry at scale). A year is the city's calendar year.
ALTER TABLE family ADD COLUMN visit_year integer, ADD COLUMN visits_in_year integer NOT NULL DEFAULT 0;

WITH visit AS (
    SELECT family_id, CAST(extract(year FROM contacted_at AT TIME ZONE 'Asia/Shanghai') AS integer) AS year
    FROM family_contact WHERE kind = 'HOME_VISIT'
), latest AS (
    SELECT family_id, max(year) AS year FROM visit GROUP BY family_id
)
UPDATE family f SET visit_year = latest.year,
    visits_in_year = (SELECT count(*) FROM visit WHERE visit.family_id = latest.family_id AND visit.year = latest.year)
FROM latest WHERE latest.family_id = f.id;

-- The worklist's page (longest without contact first) and its count, both read from the index alone.
DROP INDEX family_cadence;
CREATE INDEX family_cadence ON family (district_code, last_contact_at NULLS FIRST, registered_at, id)
    INCLUDE (last_visit_at, visit_year, visits_in_year) WHERE status = 'ACTIVE';
