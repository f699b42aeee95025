-- When each deadline's clock started (recurring deadlines count from it), and which agency an event is about
-- (a summary of involvement comes from one agency).
ALTER TABLE deadline ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_event ADD COLUMN agency VARCHAR(60);
