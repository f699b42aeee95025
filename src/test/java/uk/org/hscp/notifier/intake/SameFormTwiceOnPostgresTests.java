package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.support.PostgresServiceTest;

@PostgresServiceTest
class SameFormTwiceOnPostgresTests extends SameFormTwiceScenarios {
}
