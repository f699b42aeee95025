package uk.org.hscp.notifier.deadlines;

import uk.org.hscp.notifier.support.ServiceTest;

@ServiceTest
class CaseTimelineTests extends CaseTimelineScenarios {
}
