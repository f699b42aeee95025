package uk.org.hscp.notifier.retention;

import uk.org.hscp.notifier.support.ServiceTest;

/** {@link RetentionPurgeContract} on H2. */
@ServiceTest
class RetentionPurgeTests extends RetentionPurgeContract {
}
