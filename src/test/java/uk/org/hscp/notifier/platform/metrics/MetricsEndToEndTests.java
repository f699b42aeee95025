package uk.org.hscp.notifier.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.deadlines.ReminderFiring;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.RefusingSmtpServer;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The "Done when" of the metrics: a referral accepted, an e-mail quarantined, a decision recorded, reminders fired
 * with the test clock and a notice refused by the relay; then one scrape of /actuator/prometheus shows each metric
 * with the values that run implies, no label carries the case reference or the child's name, and every metric
 * and label the alert rules (ops/prometheus/alerts.yml) and their promtool tests use is one the service exposes.
 */
@ServiceTest
class MetricsEndToEndTests {

    static final String SCRAPE_USER = "prometheus";
    static final String SCRAPE_PASSWORD = "scrape-only-test-password";
    static final Path ALERTS = Path.of("ops", "prometheus", "alerts.yml");
    static final Path ALERT_TESTS = Path.of("ops", "prometheus", "alerts-tests.yml");

    @Autowired TestRestTemplate http;
    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired ZoneId zone;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ReminderFiring firing;
    @Autowired Notices notices;
    @Autowired TransactionTemplate transaction;
    @Autowired JavaMailSenderImpl relay;
    @Autowired CamelContext camel;
    @Autowired JmsTemplate jms;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    Scrape scrape() {
        var response = http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD).getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Scrape.parse(response.getBody());
    }

    @Test
    void onlyTheScrapeUserMayReadTheMetrics() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("team", StaffLogins.PASSWORD).getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(SCRAPE_USER, "wrong").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(SCRAPE_USER, SCRAPE_PASSWORD).getForEntity("/api/intake", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(scrape().has("hscp_health_status")).isTrue();
    }

    @Test
    void anEndToEndRunShowsInEveryMetric() throws Exception {
        Scrape before = scrape();

        // a referral accepted: the acknowledgement and the summary requests sent
        mailbox.deliver(TestMailbox.sample("good/referral-101-00.eml"));
        EmailJournal.Entry referral = awaitDecided("referral");
        assertThat(referral.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        long caseId = referral.caseId();
        String reference = referral.caseReference();
        probe.awaitAll(probe.noticeId("REFERRAL_ACKNOWLEDGEMENT", caseId, referral.id()), "SENT");
        probe.awaitAll(probe.noticeId("SUMMARY_OF_INVOLVEMENT_REQUEST", caseId, null), "SENT");

        // an e-mail quarantined
        mailbox.deliver(TestMailbox.sample("bad/unknown-sender.eml"));
        EmailJournal.Entry quarantined = awaitDecided("someone1987");
        assertThat(quarantined.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);

        // a decision recorded
        var recorded = http.withBasicAuth("team", StaffLogins.PASSWORD).postForEntity("/api/cases/" + reference
                + "/events", Map.of("event", "DECISION_RECORDED", "date", LocalDate.now(clock).toString()), String.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        probe.awaitAll(probe.noticeId("DECISION_NOTICE", caseId, null), "SENT");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status"
                + " NOT IN ('SENT', 'CANCELLED')").query(Long.class).single() == 0);

        // one notice refused by the relay (5xx): both its deliveries and the two alerts about them fail for good
        int port = relay.getPort();
        try (var refusing = new RefusingSmtpServer("550 5.7.1 Relaying denied for this sender")) {
            relay.setPort(refusing.port());
            try {
                transaction.executeWithoutResult(s -> notices.request(
                        NoticeRequest.aboutCase(NoticeKind.LAC_DEATH_NOTICE, caseId, null)));
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM delivery"
                        + " WHERE status = 'PERMANENT_FAILURE' AND notice_kind IN ('LAC_DEATH_NOTICE',"
                        + " 'DELIVERY_FAILURE_ALERT')").query(Long.class).single() == 4);
            } finally {
                relay.setPort(port);
            }
        }

        // reminders fired by the test clock: the first one still pending, 90 s late
        Instant firstDue = jdbc.sql("SELECT MIN(fire_at) FROM reminder WHERE status = 'PENDING'")
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).single();
        clock.set(firstDue.plusSeconds(90));
        long dueNow = jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'PENDING' AND fire_at <= :now")
                .param("now", Timestamps.utc(clock.instant())).query(Long.class).single();
        assertThat(dueNow).isPositive();
        assertThat(scrape().value("hscp_reminders_due")).isEqualTo(dueNow);
        assertThat(firing.fireDue()).isPositive();
        clock.advance(Duration.ofMinutes(2)); // the relay plans a reminder's notice once hscp.dispatch.plan-after has passed
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status"
                + " IN ('QUEUED', 'SENDING', 'TEMPORARY_FAILURE')").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM notice WHERE status = 'REQUESTED'").query(Long.class).single() == 0);

        // a dead letter waiting: the dead-letter consumer stopped for a moment
        camel.getRouteController().stopRoute("dispatch-dead-letters");
        Scrape after;
        try {
            jms.convertAndSend("dispatch.dead", "0");
            after = scrape();
        } finally {
            camel.getRouteController().startRoute("dispatch-dead-letters");
        }
        Instant now = clock.instant();

        // e-mails taken in, by outcome and reason
        assertThat(delta(before, after, "hscp_intake_emails_total", "outcome", "ACCEPTED", "reason", "LIG_REFERRAL"))
                .isEqualTo(1);
        assertThat(delta(before, after, "hscp_intake_emails_total", "outcome", "QUARANTINED", "reason",
                "UNKNOWN_SENDER")).isEqualTo(1);

        // mailbox polls: timed, the last successful one by the service's clock, nothing left waiting
        assertThat(delta(before, after, "hscp_mailbox_poll_seconds_count", "mailbox", "hscp", "outcome", "success"))
                .isGreaterThanOrEqualTo(2);
        assertThat(after.value("hscp_mailbox_last_successful_poll_timestamp_seconds", "mailbox", "hscp"))
                .isCloseTo(now.getEpochSecond(), within(5.0));
        assertThat(after.value("hscp_mailbox_messages_waiting", "mailbox", "hscp")).isZero();

        // the referral's .docx read once, as a form
        assertThat(delta(before, after, "hscp_forms_read_seconds_count", "format", "docx", "outcome", "read"))
                .isEqualTo(1);
        assertThat(delta(before, after, "hscp_forms_read_seconds_sum", "format", "docx", "outcome", "read"))
                .isPositive();

        // queues: drained, but for the dead letter held back
        for (String queue : List.of("intake.received", "intake.dead", "dispatch.outbound")) {
            assertThat(after.value("hscp_queue_messages", "queue", queue)).as(queue).isZero();
        }
        assertThat(after.value("hscp_queue_messages", "queue", "dispatch.dead")).isEqualTo(1);
        assertThat(after.value("hscp_queue_dead_letters", "queue", "dispatch.outbound")).isEqualTo(1);
        assertThat(after.value("hscp_queue_dead_letters", "queue", "intake.received")).isZero();

        // notices written by kind: one acknowledgement, one decision, one LAC notice, the two failure alerts...
        for (NoticeKind kind : NoticeKind.values()) {
            long written = jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = :k").param("k", kind.name())
                    .query(Long.class).single();
            assertThat(delta(before, after, "hscp_notices_written_total", "kind", kind.name())).as(kind.name())
                    .isEqualTo(written);
        }
        assertThat(delta(before, after, "hscp_notices_written_total", "kind", "REFERRAL_ACKNOWLEDGEMENT")).isEqualTo(1);
        assertThat(delta(before, after, "hscp_notices_written_total", "kind", "DECISION_NOTICE")).isEqualTo(1);
        assertThat(delta(before, after, "hscp_notices_written_total", "kind", "DELIVERY_FAILURE_ALERT")).isEqualTo(2);

        // deliveries by kind and status: the log as it stands
        jdbc.sql("SELECT notice_kind, status, COUNT(*) FROM delivery GROUP BY notice_kind, status").query(rs -> {
            assertThat(after.value("hscp_deliveries", "kind", rs.getString(1), "status", rs.getString(2)))
                    .as(rs.getString(1) + "/" + rs.getString(2)).isEqualTo(rs.getLong(3));
        });
        assertThat(after.value("hscp_deliveries", "kind", "DECISION_NOTICE", "status", "SENT")).isEqualTo(3);
        assertThat(after.value("hscp_deliveries", "kind", "LAC_DEATH_NOTICE", "status", "PERMANENT_FAILURE"))
                .isEqualTo(2);
        assertThat(after.value("hscp_deliveries", "kind", "LAC_DEATH_NOTICE", "status", "SENT")).isZero();

        // attempts and the relay's reply classes
        assertThat(delta(before, after, "hscp_delivery_attempts_total", "kind", "LAC_DEATH_NOTICE", "outcome",
                "permanent_failure", "reply_class", "5xx")).isEqualTo(2);
        assertThat(delta(before, after, "hscp_delivery_attempts_total", "kind", "DECISION_NOTICE", "outcome", "sent",
                "reply_class", "2xx")).isEqualTo(3);
        long sentAttempts = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'").query(Long.class).single();
        assertThat(delta(before, after, "hscp_delivery_attempts_total", "outcome", "sent")).isEqualTo(sentAttempts);

        // reminders: every one fired counted, each with its lateness
        long fired = jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'SENT'").query(Long.class).single();
        double lateSeconds = jdbc.sql("SELECT fire_at, sent_at FROM reminder WHERE status = 'SENT'")
                .query((rs, n) -> Duration.between(Timestamps.instant(rs.getObject(1, OffsetDateTime.class)),
                        Timestamps.instant(rs.getObject(2, OffsetDateTime.class))).toMillis() / 1000.0)
                .list().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(fired).isGreaterThanOrEqualTo(dueNow);
        assertThat(delta(before, after, "hscp_reminders_fired_total", "outcome", "sent")).isEqualTo(fired);
        assertThat(delta(before, after, "hscp_reminders_lateness_seconds_count")).isEqualTo(fired);
        assertThat(delta(before, after, "hscp_reminders_lateness_seconds_sum")).isCloseTo(lateSeconds, within(0.01));
        assertThat(delta(before, after, "hscp_reminders_lateness_seconds_bucket", "le", "60.0")).isLessThan(fired);
        assertThat(after.value("hscp_reminders_due")).isZero();

        // open deadlines by urgency
        long open = jdbc.sql("SELECT COUNT(*) FROM deadline WHERE status = 'OPEN' AND due_at IS NOT NULL")
                .query(Long.class).single();
        long overdue = jdbc.sql("SELECT COUNT(*) FROM deadline WHERE status = 'OPEN' AND due_at < :now")
                .param("now", Timestamps.utc(now)).query(Long.class).single();
        assertThat(after.value("hscp_deadlines_open")).isEqualTo(open).isPositive();
        assertThat(after.value("hscp_deadlines_open", "urgency", "overdue")).isEqualTo(overdue);
        assertThat(after.matching("hscp_deadlines_open")).extracting(s -> s.labels().get("urgency"))
                .containsExactlyInAnyOrder("overdue", "due_within_2_working_days", "due_within_5_working_days", "later");

        // the quarantine: one waiting since it was quarantined
        Instant quarantinedAt = jdbc.sql("SELECT decided_at FROM inbound_email WHERE id = :id").param("id",
                quarantined.id()).query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).single();
        assertThat(after.value("hscp_quarantine_waiting")).isEqualTo(1);
        assertThat(after.value("hscp_quarantine_oldest_age_seconds"))
                .isEqualTo(Duration.between(quarantinedAt, now).toSeconds());
        int workingDays = calendar.workingDaysBetween(quarantinedAt.atZone(zone).toLocalDate(),
                now.atZone(zone).toLocalDate());
        assertThat(after.value("hscp_quarantine_oldest_age_working_days")).isBetween(workingDays - 1.0,
                (double) workingDays);

        // the calendar's coverage, and health
        assertThat(after.value("hscp_calendar_coverage_remaining_days"))
                .isEqualTo(ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), calendar.coveredUntil()));
        assertThat(after.value("hscp_health_status")).isIn(0.0, 1.0);

        // nothing personal in any label: no case reference, no name of the sample referral's child
        assertThat(after.text()).doesNotContain(reference).doesNotContainPattern("HSCP-\\d{4}-\\d{4}");
        for (String needle : childNames()) {
            assertThat(after.text().toLowerCase()).doesNotContain(needle.toLowerCase());
        }

        // what the alert rules and their tests use is what the service exposes
        assertAlertRulesUseScrapedSeries(after);
    }

    private EmailJournal.Entry awaitDecided(String senderPart) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> journal.newestFirst(Optional.empty(), 20).stream()
                        .filter(e -> e.sender() != null && e.sender().contains(senderPart)
                                || senderPart.equals("referral") && e.formType() != null)
                        .filter(e -> e.outcome() != IntakeOutcome.PENDING).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static List<String> childNames() throws IOException {
        String json = Files.readString(TestMailbox.SHARED_FORMS.resolve("good/referral-101-00.json"));
        Matcher m = Pattern.compile("\"(firstName|lastName)\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(2));
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    /**
     * Every hscp_ metric named in alerts.yml or written as an input series in alerts-tests.yml is in the scrape,
     * and each input series' label names (but Prometheus's own job and instance) are the ones the service gives it:
     * a metric or label renamed in the code fails here before an operator's alert goes silent.
     */
    static void assertAlertRulesUseScrapedSeries(Scrape scrape) throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher names = Pattern.compile("\\bhscp_[a-z0-9_]+").matcher(Files.readString(ALERTS));
        while (names.find()) {
            used.add(names.group());
        }
        assertThat(used).hasSizeGreaterThanOrEqualTo(8);
        for (String name : used) {
            assertThat(scrape.has(name)).as("alerts.yml uses " + name + ", which the service does not expose").isTrue();
        }
        Matcher series = Pattern.compile("series:\\s*'?(hscp_[a-z0-9_]+)(?:\\{([^}]*)\\})?").matcher(
                Files.readString(ALERT_TESTS));
        int checked = 0;
        while (series.find()) {
            String name = series.group(1);
            Set<String> keys = new TreeSet<>();
            if (series.group(2) != null) {
                Matcher label = Pattern.compile("([a-z_]+)=").matcher(series.group(2));
                while (label.find()) {
                    keys.add(label.group(1));
                }
            }
            keys.removeAll(Set.of("job", "instance"));
            assertThat(scrape.matching(name)).as("alerts-tests.yml writes " + name + ", which the service does not expose")
                    .isNotEmpty()
                    .anySatisfy(s -> {
                        Set<String> real = new TreeSet<>(s.labels().keySet());
                        real.remove("application");
                        assertThat(real).as("labels of " + name).isEqualTo(keys);
                    });
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }
}
