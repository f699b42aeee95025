package uk.org.hscp.notifier.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

import uk.org.hscp.notifier.bench.BenchResults.Figure;
import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * Referral e-mails through the whole intake: the mailbox route polls the service's GreenMail, journals each
 * e-mail, the intake queue's consumers read the forms and open the cases, and dispatch sends each sender
 * its acknowledgement over SMTP (and the LIG member agencies their summary requests, which compete for the
 * same machine). Then the limit of the mailbox: a bare IMAP client fetching the same e-mails. Then latency
 * under a steady stream at half the measured rate.
 */
@BenchServiceTest
public class IntakeBenchmark {

    private static final String ROUTE = "intake-mailbox-hscp";
    private static final String ACKNOWLEDGED = """
            SELECT COUNT(*) FROM delivery WHERE notice_kind = 'REFERRAL_ACKNOWLEDGEMENT' AND status = 'SENT'""";

    @Autowired GreenMail greenMail;
    @Autowired JdbcClient jdbc;
    @Autowired CamelContext camel;
    @Autowired EmbeddedActiveMQ broker;
    @Autowired IntakeProperties intake;
    @Value("${hscp.embedded-mail.imap-port}") int imapPort;

    @Test
    void referralsFromTheMailbox() throws Exception {
        BenchScale scale = BenchScale.fromSystemProperties();
        BenchResults.of(scale).record(measure(scale));
    }

    List<Figure> measure(BenchScale scale) throws Exception {
        int count = Integer.getInteger("bench.intake.count", scale.pick(600, 8));
        int streamed = Integer.getInteger("bench.intake.streamed", scale.pick(150, 2));
        int total = Integer.getInteger("bench.intake.total", scale.pick(10_000, count + streamed + 2));
        var service = new BenchService(jdbc, camel, broker);
        var emails = new ReferralEmails(Long.toString(System.currentTimeMillis(), 36));
        service.empty();
        greenMail.purgeEmailFromAllMailboxes();

        Backlog backlog = backlog(service, emails, count);
        double rawPerSecond = rawFetch(count);
        BenchService.waitFor(Duration.ofMinutes(30), () -> service.count(
                "SELECT COUNT(*) FROM delivery WHERE status <> 'SENT'"), n -> n == 0);
        double drainSeconds = Duration.between(backlog.start(), Instant.now()).toMillis() / 1000.0;
        long deliveries = service.count("SELECT COUNT(*) FROM delivery");

        double rate = Math.max(1, backlog.perSecond() / 2);
        Latency latency = stream(service, emails, count, streamed, rate);

        int duplicates = total - count - streamed;
        duplicates(service, emails, count + streamed, duplicates);
        greenMail.purgeEmailFromAllMailboxes(); // GreenMail keeps every e-mail in memory; a real mailbox does not
        double heap = heapAfterGcMib();

        String how = "sample referral e-mails of ../shared/forms/good (24: .docx, .pdf, .doc), each copy with its own"
                + " Message-ID and attachment bytes, in the service's GreenMail; shipped configuration"
                + " (config/application.yml: poll every " + intake.pollDelayMs() + " ms, up to "
                + intake.maxMessagesPerPoll() + " e-mails a poll) on embedded PostgreSQL 16 (synchronous_commit on)"
                + " and a persistent embedded Artemis, all on this machine with the benchmark; acknowledgements and"
                + " summary requests really sent over SMTP to the same GreenMail";
        return List.of(
                new Figure("intake_forms_per_s", backlog.perSecond(), count + " " + how + "; from the first poll (the"
                        + " route started with all of them in the inbox) to the last acknowledgement SENT, every case"
                        + " stored; dispatch sends each referral's 7 summary requests on the same queue, in order"),
                new Figure("raw_fetch_per_s", rawPerSecond, "the same " + count + " e-mails fetched whole (one IMAP"
                        + " FETCH each, no partial fetch, as the route does) from the Processed folder of the same"
                        + " GreenMail by a bare Jakarta Mail client on one connection"),
                new Figure("intake_vs_raw_fetch", backlog.perSecond() / rawPerSecond, null),
                new Figure("intake_p50_ms", latency.p50Ms(), streamed + " more e-mails landing in the inbox one at a"
                        + " time, steadily at " + round(rate) + "/s (half the measured intake rate), once the backlog"
                        + " was done; each e-mail's time from landing in the inbox to its acknowledgement SENT, minus"
                        + " the poll interval (" + intake.pollDelayMs() + " ms: an e-mail waits up to that for the"
                        + " next poll, so a figure below zero means it arrived just before one)"),
                new Figure("intake_p99_ms", latency.p99Ms(), "as intake_p50_ms"),
                new Figure("intake_p99_ms_with_poll_wait", latency.p99Ms() + intake.pollDelayMs(), null),
                new Figure("intake_all_deliveries_sent_s", drainSeconds, deliveries + " e-mails sent in all for the "
                        + count + " referrals (an acknowledgement and 7 summary requests each); seconds from the first"
                        + " poll until the last was SENT"),
                new Figure("heap_after_10k_emails_mib", heap, total + " e-mails taken in by this service: the "
                        + (count + streamed) + " referrals above, then " + duplicates + " copies of them (each"
                        + " journaled whole and screened as DUPLICATE, no reply); then a full GC, in the benchmark's"
                        + " JVM (the service's whole Spring context plus the test harness), with the embedded"
                        + " GreenMail's mailboxes emptied first: GreenMail keeps every e-mail in memory, which a real"
                        + " mailbox does not"));
    }

    record Backlog(Instant start, double perSecond) {
    }

    /** Every e-mail in the inbox before the route starts; from its first poll until every acknowledgement. */
    private Backlog backlog(BenchService service, ReferralEmails emails, int count) throws Exception {
        camel.getRouteController().stopRoute(ROUTE);
        GreenMailUser mailbox = greenMail.getUserManager().getUser(TestMailbox.ADDRESS);
        for (int n = 0; n < count; n++) {
            mailbox.deliver(emails.copy(n));
        }
        camel.getRouteController().startRoute(ROUTE);
        long initialDelay = ((ScheduledPollConsumer) camel.getRoute(ROUTE).getConsumer()).getInitialDelay();
        Instant firstPoll = Instant.now().plusMillis(initialDelay);
        BenchService.waitFor(Duration.ofMinutes(30), () -> {
            long problems = service.count("SELECT COUNT(*) FROM inbound_email WHERE outcome IN ('QUARANTINED', 'DUPLICATE')");
            if (problems > 0) {
                throw new IllegalStateException(problems + " benchmark e-mail(s) were not accepted: " + jdbc.sql(
                        "SELECT outcome || ' ' || COALESCE(reason, '') || ' ' || COALESCE(detail, '') FROM inbound_email"
                                + " WHERE outcome IN ('QUARANTINED', 'DUPLICATE') LIMIT 3").query(String.class).list());
            }
            return service.count(ACKNOWLEDGED);
        }, n -> n >= count);
        long cases = service.count("SELECT COUNT(*) FROM review_case");
        if (cases != count) {
            throw new IllegalStateException(cases + " cases for " + count + " referrals");
        }
        Instant lastAcknowledged = jdbc.sql("""
                SELECT MAX(sent_at) FROM delivery WHERE notice_kind = 'REFERRAL_ACKNOWLEDGEMENT'""")
                .query(OffsetDateTime.class).single().toInstant();
        return new Backlog(firstPoll, count / (Duration.between(firstPoll, lastAcknowledged).toMillis() / 1000.0));
    }

    /** The limit the mailbox sets: a bare client fetching the same e-mails whole, one after the other. */
    private double rawFetch(int count) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.partialfetch", "false");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("localhost", imapPort, TestMailbox.ADDRESS,
                greenMail.getUserManager().getUser(TestMailbox.ADDRESS).getPassword());
        try (store) {
            Folder folder = store.getFolder(intake.processedFolder());
            // an e-mail leaves the inbox at the first poll after its outcome is decided (the first move makes the folder)
            org.awaitility.Awaitility.await("the referrals moved to " + intake.processedFolder())
                    .atMost(java.time.Duration.ofMinutes(2)).until(() -> folder.exists() && folder.getMessageCount() >= count);
            folder.open(Folder.READ_ONLY);
            try {
                int total = folder.getMessageCount();
                if (total < count) {
                    throw new IllegalStateException(total + " e-mails in " + intake.processedFolder() + ", expected " + count);
                }
                long bytes = 0;
                long start = System.nanoTime();
                for (int i = 1; i <= count; i++) {
                    Message message = folder.getMessage(i);
                    var out = new ByteArrayOutputStream(64 * 1024);
                    message.writeTo(out);
                    bytes += out.size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (bytes == 0) {
                    throw new IllegalStateException("Fetched nothing");
                }
                return count / seconds;
            } finally {
                folder.close(false);
            }
        }
    }

    record Latency(double p50Ms, double p99Ms) {
    }

    /** E-mails landing in the inbox one by one at a steady rate while the route runs. */
    private Latency stream(BenchService service, ReferralEmails emails, int first, int count, double perSecond) {
        GreenMailUser mailbox = greenMail.getUserManager().getUser(TestMailbox.ADDRESS);
        Map<String, Instant> arrivals = new ConcurrentHashMap<>();
        long before = service.count(ACKNOWLEDGED);
        long interval = (long) (1e9 / perSecond);
        long next = System.nanoTime();
        for (int n = first; n < first + count; n++) {
            var message = emails.copy(n);
            LockSupport.parkNanos(next - System.nanoTime());
            arrivals.put(emails.messageId(n), Instant.now());
            mailbox.deliver(message);
            next += interval;
        }
        BenchService.waitFor(Duration.ofMinutes(10), () -> service.count(ACKNOWLEDGED), n -> n >= before + count);
        List<Long> latencies = new ArrayList<>();
        jdbc.sql("""
                SELECT e.message_id, d.sent_at FROM inbound_email e
                JOIN notice n ON n.inbound_email_id = e.id AND n.kind = 'REFERRAL_ACKNOWLEDGEMENT'
                JOIN delivery d ON d.notice_id = n.id""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list().forEach(e -> {
                    Instant arrived = arrivals.get(e.getKey());
                    if (arrived != null) {
                        latencies.add(Duration.between(arrived, e.getValue()).toMillis() - intake.pollDelayMs());
                    }
                });
        if (latencies.size() != count) {
            throw new IllegalStateException(latencies.size() + " acknowledgements found for " + count + " e-mails");
        }
        latencies.sort(null);
        return new Latency(Percentiles.of(latencies, 50), Percentiles.of(latencies, 99));
    }

    /**
     * Copies of e-mails taken in before (same Message-ID, so DUPLICATE: journaled, screened, moved, nothing
     * sent), fed to the inbox a few hundred at a time: GreenMail looks up a message by walking its folder, so
     * a folder of thousands slows every IMAP command.
     */
    private void duplicates(BenchService service, ReferralEmails emails, int taken, int count) {
        GreenMailUser mailbox = greenMail.getUserManager().getUser(TestMailbox.ADDRESS);
        long journaled = service.count("SELECT COUNT(*) FROM inbound_email");
        int fed = 0;
        while (fed < count) {
            int batch = Math.min(2 * intake.maxMessagesPerPoll(), count - fed);
            for (int i = 0; i < batch; i++) {
                mailbox.deliver(emails.copy((fed + i) % taken));
            }
            fed += batch;
            long expected = journaled + fed;
            BenchService.waitFor(Duration.ofMinutes(10), () -> service.count("SELECT COUNT(*) FROM inbound_email"),
                    n -> n >= expected);
        }
        long notDuplicates = service.count("SELECT COUNT(*) FROM inbound_email WHERE outcome <> 'DUPLICATE'");
        if (notDuplicates != taken) {
            throw new IllegalStateException(notDuplicates + " e-mails were not duplicates; expected " + taken);
        }
    }

    private static double heapAfterGcMib() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
