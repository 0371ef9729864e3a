-- Who read a claim in full (diagnoses, items, amounts: health data), when, as which client and in which form.
-- Append-only: the service's own account can add entries but neither change nor remove one.
CREATE TABLE claim_read_audit (
    id             UUID PRIMARY KEY,
    read_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    actor_roles    VARCHAR(200) NOT NULL,
    client_id      VARCHAR(100),
    claim_id       UUID NOT NULL REFERENCES claim (id),
    representation VARCHAR(10) NOT NULL
);
CREATE INDEX claim_read_audit_claim ON claim_read_audit (claim_id, read_at DESC);
CREATE INDEX claim_read_audit_actor ON claim_read_audit (actor, read_at DESC);

CREATE FUNCTION refuse_audit_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% on % is refused: the access audit is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_read_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON claim_read_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER claim_read_audit_no_truncate BEFORE TRUNCATE ON claim_read_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
