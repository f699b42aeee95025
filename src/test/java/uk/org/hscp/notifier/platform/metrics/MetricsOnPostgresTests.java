package uk.org.hscp.notifier.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.PostgresServiceTest;
import uk.org.hscp.notifier.support.TestMailbox;

/** The gauges read from the database, on PostgreSQL (the production database): each a number, none NaN. */
@PostgresServiceTest
class MetricsOnPostgresTests {

    @Autowired TestRestTemplate http;
    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void theDatabaseGaugesReadPostgresql() {
        mailbox.deliver(TestMailbox.sample("good/referral-101-00.eml"));
        mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        await().atMost(Duration.ofSeconds(60)).until(() -> journal.newestFirst(Optional.empty(), 10).stream()
                .filter(e -> e.outcome() != IntakeOutcome.PENDING).count() == 2);
        // the deliveries settled, so the scrape and the query below see the same statuses
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notice WHERE status = 'REQUESTED'")
                .query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('QUEUED', 'SENDING')").query(Long.class)
                        .single() == 0);

        var response = http.withBasicAuth(MetricsEndToEndTests.SCRAPE_USER, MetricsEndToEndTests.SCRAPE_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Scrape scrape = Scrape.parse(response.getBody());

        assertThat(scrape.samples()).filteredOn(s -> s.name().startsWith("hscp_"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.value()).as(s.name() + s.labels()).isNotNaN());
        assertThat(scrape.value("hscp_quarantine_waiting")).isEqualTo(1);
        assertThat(scrape.value("hscp_quarantine_oldest_age_seconds")).isNotNegative();
        long open = jdbc.sql("SELECT COUNT(*) FROM deadline WHERE status = 'OPEN' AND due_at IS NOT NULL")
                .query(Long.class).single();
        assertThat(scrape.value("hscp_deadlines_open")).isPositive().isEqualTo(open);
        jdbc.sql("SELECT notice_kind, status, COUNT(*) FROM delivery GROUP BY notice_kind, status").query(rs -> {
            assertThat(scrape.value("hscp_deliveries", "kind", rs.getString(1), "status", rs.getString(2)))
                    .isEqualTo(rs.getLong(3));
        });
        assertThat(scrape.has("hscp_reminders_due")).isTrue();
        assertThat(scrape.value("hscp_calendar_coverage_remaining_days")).isPositive();
    }
}
