-- The access-audit log is append-only: whoever reaches the database with the service's account (a bug, a console,
-- a script) can add entries but neither change nor remove one. A row that must go (retention) goes with the trigger
-- disabled by the database owner, which PostgreSQL logs.
CREATE FUNCTION refuse_audit_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% on % is refused: the access audit is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON access_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER access_audit_no_truncate BEFORE TRUNCATE ON access_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
