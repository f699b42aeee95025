-- When this service journaled the e-mail (received_at is the mailbox's date, which may be long before):
-- an e-mail still PENDING long after it was journaled lost its intake-queue message (a crash between the
-- journal commit and the send) and is queued again when the mailbox route reads it again.
ALTER TABLE inbound_email ADD COLUMN journaled_at TIMESTAMP WITH TIME ZONE;
UPDATE inbound_email SET journaled_at = received_at;

-- The SHA-256 of each attachment of an e-mail, written with the journal row: when two e-mails carrying the same
-- form are read at once, the one journaled first is read first (it is ACCEPTED, the later one a DUPLICATE).
CREATE TABLE inbound_attachment (
    inbound_email_id    BIGINT   NOT NULL REFERENCES inbound_email (id),
    sha256              CHAR(64) NOT NULL,
    CONSTRAINT pk_inbound_attachment PRIMARY KEY (inbound_email_id, sha256)
);
CREATE INDEX ix_inbound_attachment_sha256 ON inbound_attachment (sha256);
