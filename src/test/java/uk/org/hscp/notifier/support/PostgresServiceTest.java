package uk.org.hscp.notifier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service as {@link ServiceTest}, but on an embedded PostgreSQL (the production database). A test class
 * that needs a context of its own (other settings) names a database of its own with
 * {@code hscp.test.postgres-database}, so that the relays and pollers of the cached contexts never see its rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:service-test.properties", properties = {
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres",
        "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass=org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true", // as in production
        "spring.artemis.embedded.server-id=11",
        "spring.quartz.scheduler-name=notifier-test-postgres"})
@Import({TestInfrastructure.class, PostgresServiceTest.Postgres.class})
public @interface PostgresServiceTest {

    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    class Postgres {

        @org.springframework.context.annotation.Bean
        static org.springframework.test.context.DynamicPropertyRegistrar embeddedPostgres(
                org.springframework.core.env.Environment environment) {
            String database = environment.getProperty("hscp.test.postgres-database");
            return registry -> registry.add("spring.datasource.url", () -> database == null
                    ? EmbeddedPostgresHolder.jdbcUrl() : EmbeddedPostgresHolder.jdbcUrl(database));
        }
    }
}
