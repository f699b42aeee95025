-- Which instance moves an e-mail out of the inbox: a poll claims the rows it will move (issue 15). IMAP MOVE
-- alone does not stop two sessions of one server from each copying the same message before either expunges it.
ALTER TABLE inbound_email ADD COLUMN move_claimed_at TIMESTAMP WITH TIME ZONE;
