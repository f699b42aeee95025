package uk.org.hscp.notifier.intake;

import uk.org.hscp.notifier.support.PostgresServiceTest;

/** On PostgreSQL; run in a JVM of its own with a 512 MiB heap (pom.xml, execution hostile-corpus). */
@PostgresServiceTest
class HostileCorpusOnPostgresIT extends HostileCorpusScenarios {
}
