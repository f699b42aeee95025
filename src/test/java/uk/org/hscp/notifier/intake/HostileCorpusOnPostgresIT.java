package uk.org.hscp.notifier.intake;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import uk.org.hscp.notifier.support.PostgresServiceTest;

/** On PostgreSQL; run in a JVM of its own with a 512 MiB heap (pom.xml, execution hostile-corpus). */
// only in the pom's hostile-corpus execution (512 MiB): skipped, before any context starts, elsewhere
@EnabledIfSystemProperty(named = "hostile.corpus.heap", matches = ".+")
@PostgresServiceTest
class HostileCorpusOnPostgresIT extends HostileCorpusScenarios {
}
