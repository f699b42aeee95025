package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.support.PostgresServiceTest;

@PostgresServiceTest
class IntakeFlowOnPostgresTests extends IntakeFlowScenarios {
}
