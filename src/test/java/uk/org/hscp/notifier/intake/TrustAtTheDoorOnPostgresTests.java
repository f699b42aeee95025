package uk.org.hscp.notifier.intake;

import org.springframework.test.context.TestPropertySource;

import uk.org.hscp.notifier.support.PostgresServiceTest;

/** On PostgreSQL, in a context of its own: sender authentication required, a database and broker of its own. */
@PostgresServiceTest
@TestPropertySource(properties = {TrustAtTheDoorScenarios.PROPERTIES_MODE, TrustAtTheDoorScenarios.PROPERTIES_IDS,
        TrustAtTheDoorScenarios.PROPERTIES_REPLIES, "hscp.test.postgres-database=trust",
        "spring.artemis.embedded.server-id=32", "spring.quartz.scheduler-name=notifier-test-trust-postgres"})
class TrustAtTheDoorOnPostgresTests extends TrustAtTheDoorScenarios {
}
