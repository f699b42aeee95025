-- Issue 14. The audit trail becomes a hash chain: each row carries the SHA-256 of the row before it (prev_hash)
-- and of its own content with that (hash); see AuditHash. Ids are consecutive from here on: the service gives
-- each new row the chain head's last id + 1 under a row lock on the head, so two instances appending at once
-- still make one chain. Rows written before this version are sealed into the chain by V26.
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);

-- One row: the last row appended (the service updates it with every append, under its row lock).
CREATE TABLE audit_chain_head (
    id          INTEGER PRIMARY KEY,
    last_id     BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL
);
-- One row: the last row purged (retention). The chain is checked from here. Only the purge changes it.
CREATE TABLE audit_chain_anchor (
    id          INTEGER PRIMARY KEY,
    anchor_id   BIGINT   NOT NULL,
    anchor_hash CHAR(64) NOT NULL,
    purged_at   TIMESTAMP WITH TIME ZONE,
    purged_rows BIGINT   NOT NULL DEFAULT 0
);
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO audit_chain_anchor (id, anchor_id, anchor_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Retention (config/retention.yml). A case under legal hold is never purged; the HSCP team sets the flag.
ALTER TABLE review_case ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE review_case ADD COLUMN legal_hold_by VARCHAR(200);
ALTER TABLE review_case ADD COLUMN legal_hold_at TIMESTAMP WITH TIME ZONE;
-- When the child's identity and the case's form data were stripped (the case stays: reference, pseudonym, deadlines).
ALTER TABLE review_case ADD COLUMN identity_purged_at TIMESTAMP WITH TIME ZONE;
-- When an e-mail's raw bytes (and sender, subject) were stripped, leaving a tombstone.
ALTER TABLE inbound_email ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;
-- When a delivery's anonymised body and bytes were stripped (its status, times and SHA-256 stay).
ALTER TABLE delivery ADD COLUMN body_purged_at TIMESTAMP WITH TIME ZONE;
