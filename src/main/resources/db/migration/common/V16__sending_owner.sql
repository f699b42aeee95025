-- Each running instance of the service, seen by its dispatch relay every few seconds. A delivery SENDING is
-- marked with the instance that claimed it: when that instance is no longer seen (it crashed mid-send), the
-- relay of another instance (or of the restarted one) tries the delivery again within a minute, with the same
-- Message-ID, instead of waiting out hscp.dispatch.sending-timeout.
CREATE TABLE service_instance (
    id          VARCHAR(100) PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE delivery ADD COLUMN sending_owner VARCHAR(100);
