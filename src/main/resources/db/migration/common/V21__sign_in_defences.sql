-- Sign-in defences (issue 14). A staff user is locked after 10 failed sign-ins in a row until the HSCP team
-- lifts the lock on the Staff users page; break_glass marks the few local accounts that may still sign in with a
-- password once single sign-on is configured.
ALTER TABLE staff_user ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_user ADD COLUMN break_glass BOOLEAN DEFAULT FALSE NOT NULL;

-- Failed sign-ins in a row, per account name (known or not) and per client address, shared by every instance:
-- each failure makes the next attempt wait longer (exponential back-off); a success clears the account's row.
CREATE TABLE sign_in_failure (
    throttle_key     VARCHAR(320) PRIMARY KEY,   -- 'account:<username>' or 'address:<client IP>'
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
