package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.support.ServiceTest;

@ServiceTest
class SameFormTwiceTests extends SameFormTwiceScenarios {
}
