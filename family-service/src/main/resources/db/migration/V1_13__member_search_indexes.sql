-- The family search (FamilyService.search) finds a member by any part of a name (LIKE '%q%'), the last four characters
-- of an identity number, or a blind index, in one OR. Without an index for every arm PostgreSQL reads every member;
-- with these the OR is a BitmapOr of index scans. A trigram index serves LIKE '%q%' once q has three characters (a
-- full Chinese name); a one- or two-character q still reads the members. Measured in docs/benchmarks.md (registry).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX family_member_name_trigram ON family_member USING gin (name gin_trgm_ops);
CREATE INDEX family_member_id_suffix ON family_member (id_suffix);
