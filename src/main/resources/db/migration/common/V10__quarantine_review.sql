-- Staff review of quarantined e-mails: released for reprocessing or discarded with a reason. The e-mail
-- itself stays in the journal either way. NULL while a quarantined e-mail waits.
ALTER TABLE inbound_email ADD COLUMN review_status VARCHAR(20);   -- RELEASED, DISCARDED
ALTER TABLE inbound_email ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE inbound_email ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inbound_email ADD COLUMN review_note VARCHAR(2000);
