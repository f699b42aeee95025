package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.support.ServiceTest;

/** On H2; run in a JVM of its own with a 512 MiB heap (pom.xml, execution hostile-corpus). */
@ServiceTest
class HostileCorpusIT extends HostileCorpusScenarios {
}
