package uk.org.hscp.notifier.intake;

import org.springframework.test.context.TestPropertySource;

import uk.org.hscp.notifier.support.ServiceTest;

/** On H2, in a context of its own: sender authentication required, an in-memory database and broker of its own. */
@ServiceTest
@TestPropertySource(properties = {TrustAtTheDoorScenarios.PROPERTIES_MODE, TrustAtTheDoorScenarios.PROPERTIES_IDS,
        TrustAtTheDoorScenarios.PROPERTIES_REPLIES,
        "spring.datasource.url=jdbc:h2:mem:notifier-trust;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.server-id=31", "spring.quartz.scheduler-name=notifier-test-trust-h2"})
class TrustAtTheDoorTests extends TrustAtTheDoorScenarios {
}
