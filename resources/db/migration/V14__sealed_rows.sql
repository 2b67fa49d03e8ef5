-- SIG-4: every row of a clinical, register, account or settings table is sealed by the audit
-- event that last wrote it. audit_row holds each sealed row's digest (an HMAC of its columns with
-- the chain key, which is kept outside the database); a NULL digest records that the event
-- deleted the row. The event's keyed hash covers the digest of its seals, so neither can be
-- changed alone. The seal triggers on the sealed tables are created by Vigil after each upgrade
-- (store.SealedTables), which also seals the rows as the upgrade left them.
ALTER TABLE audit_event ADD COLUMN rows_digest CHAR(64);

CREATE TABLE audit_row (
    seq        BIGINT       NOT NULL,
    table_name VARCHAR(64)  NOT NULL,
    row_key    VARCHAR(400) NOT NULL,
    digest     CHAR(64),
    PRIMARY KEY (seq, table_name, row_key)
);
CREATE INDEX audit_row_by_row ON audit_row (table_name, row_key, seq);

CREATE TRIGGER audit_row_append_only BEFORE UPDATE, DELETE ON audit_row
    FOR EACH ROW CALL 'org.vigil.store.AppendOnlyTrigger';
