package uk.org.hscp.notifier.retention;

import uk.org.hscp.notifier.support.PostgresServiceTest;

/** {@link RetentionPurgeContract} on PostgreSQL: the audit purge goes through the owner's function there. */
@PostgresServiceTest
class RetentionPurgeOnPostgresTests extends RetentionPurgeContract {
}
