package uk.org.hscp.notifier.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service as it ships (config/application.yml, no test profile), on a PostgreSQL database of its
 * own with synchronous commits, a persistent embedded Artemis in a fresh directory and its own GreenMail on
 * free ports, with the wall clock: benchmarks measure real time. One context serves every benchmark.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:bench.properties")
@Import(BenchInfrastructure.class)
public @interface BenchServiceTest {
}
