package uk.org.hscp.notifier.deadlines;

import uk.org.hscp.notifier.support.PostgresServiceTest;

@PostgresServiceTest
class CaseTimelineOnPostgresTests extends CaseTimelineScenarios {
}
