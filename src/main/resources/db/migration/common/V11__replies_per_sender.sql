-- Replies to one sender are limited per hour (hscp.intake.replies-per-sender-per-hour): intake counts the
-- acknowledgements and form queries written for a sender's e-mails in the last hour.
CREATE INDEX ix_inbound_email_sender_received ON inbound_email (sender, received_at);
CREATE INDEX ix_notice_inbound_email ON notice (inbound_email_id);
