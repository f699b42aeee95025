-- E-mails the journal could not store, counted per copy in the mailbox (IMAP UIDVALIDITY:UID) across polls and
-- restarts. After hscp.intake.journal-attempts failures the e-mail is moved to the mailbox's Quarantine folder
-- (gave_up_at set) instead of being read again at every poll.
CREATE TABLE intake_journal_failure (
    mailbox         VARCHAR(100)  NOT NULL,
    source_key      VARCHAR(200)  NOT NULL,
    attempts        INTEGER       NOT NULL,
    first_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    gave_up_at      TIMESTAMP WITH TIME ZONE,
    inbound_email_id BIGINT,
    CONSTRAINT pk_intake_journal_failure PRIMARY KEY (mailbox, source_key)
);
