-- The HSCP team's decision on one LIG agency's access to one case (issue 14): GRANTED adds an agency that the
-- need-to-know rule (cases/NeedToKnow) would leave out, REVOKED takes one away whatever the rule says. No row:
-- the rule alone decides. Each change is also in the audit trail (GRANT_CASE_ACCESS, REVOKE_CASE_ACCESS).
CREATE TABLE case_agency_access (
    case_id     BIGINT       NOT NULL REFERENCES review_case (id),
    agency      VARCHAR(60)  NOT NULL,
    decision    VARCHAR(10)  NOT NULL,   -- GRANTED, REVOKED
    decided_by  VARCHAR(200) NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_agency_access PRIMARY KEY (case_id, agency)
);
CREATE INDEX ix_case_agency_access_agency ON case_agency_access (agency);
