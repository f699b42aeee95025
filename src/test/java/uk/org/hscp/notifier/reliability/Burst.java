package uk.org.hscp.notifier.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A burst of distinct referrals (made from the samples: own Message-ID, own attachment bytes) delivered to the
 * scenario's inbox at once, and what became of them, counted per e-mail: journal rows and outcomes, cases
 * opened, where each e-mail ended in the mailbox, and the acknowledgements and other e-mails Postfix kept.
 */
final class Burst {

    final Scenario scenario;
    final String run;
    final int size;
    private final long casesBefore;
    /** Deliveries SENT before the burst: the relay's sink is emptied of their e-mails when the burst starts. */
    private final long sentBefore;

    Burst(Scenario scenario, String run, int size) {
        this.scenario = scenario;
        this.run = run;
        this.size = size;
        this.casesBefore = scenario.count("SELECT COUNT(*) FROM review_case");
        this.sentBefore = scenario.count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'");
        scenario.sent.setAside("before-" + run);
    }

    void deliver() {
        Referrals referrals = new Referrals(run);
        List<byte[]> emails = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            emails.add(referrals.copy(n));
        }
        scenario.mailbox.deliver(emails);
    }

    String pattern() {
        return "<reliability-" + run + "-%";
    }

    long journaled() {
        return scenario.count("SELECT COUNT(*) FROM inbound_email WHERE message_id LIKE ?", pattern());
    }

    /** Waits until the inbox is empty, no e-mail of the burst is PENDING and every notice is sent; false on time-out. */
    boolean awaitSettled(Duration atMost) {
        try {
            Awaitility.await(run + " settled").atMost(atMost).pollInterval(Duration.ofSeconds(3)).until(() ->
                    journaled() >= size
                    && scenario.count("SELECT COUNT(*) FROM inbound_email WHERE message_id LIKE ? AND outcome = 'PENDING'", pattern()) == 0
                    && scenario.count("SELECT COUNT(*) FROM notice WHERE status <> 'DISPATCHED'") == 0
                    && scenario.count("SELECT COUNT(*) FROM delivery WHERE status NOT IN ('SENT', 'PERMANENT_FAILURE', 'BOUNCED', 'CANCELLED')") == 0
                    && scenario.sent.files().size() >= scenario.count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'") - sentBefore
                    && scenario.mailbox.contents().get("INBOX").isEmpty());
            return true;
        } catch (ConditionTimeoutException e) {
            scenario.figure(run + "_settled", "NOT within " + atMost + ": counting what there is; journaled " + journaled()
                    + ", PENDING " + scenario.count("SELECT COUNT(*) FROM inbound_email WHERE message_id LIKE ? AND outcome = 'PENDING'", pattern())
                    + ", notices not dispatched " + scenario.query("SELECT kind, status, COUNT(*) AS n FROM notice WHERE status <> 'DISPATCHED' GROUP BY kind, status")
                    + ", deliveries " + scenario.query("SELECT status, COUNT(*) AS n FROM delivery GROUP BY status")
                    + ", at Postfix " + scenario.sent.files().size()
                    + ", inbox " + scenario.mailbox.contents().get("INBOX").size());
            return false;
        }
    }

    /** Every count that says "exactly once", as soft assertions, each also printed as a figure. */
    void assertExactlyOnce(SoftAssertions soft) {
        List<Map<String, Object>> rows = scenario.query(
                "SELECT message_id, outcome FROM inbound_email WHERE message_id LIKE ?", pattern());
        Map<String, List<String>> outcomesByEmail = new TreeMap<>();
        rows.forEach(r -> outcomesByEmail.computeIfAbsent((String) r.get("message_id"), k -> new ArrayList<>())
                .add((String) r.get("outcome")));
        Map<String, Long> byOutcome = new TreeMap<>();
        rows.forEach(r -> byOutcome.merge((String) r.get("outcome"), 1L, Long::sum));
        long twice = outcomesByEmail.values().stream().filter(v -> v.size() > 1).count();
        scenario.figure(run + "_journal", rows.size() + " rows for " + outcomesByEmail.size() + " e-mails, " + byOutcome
                + ", e-mails journaled more than once: " + twice);
        soft.assertThat(outcomesByEmail).as(run + ": e-mails journaled").hasSize(size);
        soft.assertThat(byOutcome).as(run + ": journal outcomes").isEqualTo(Map.of("ACCEPTED", (long) size));

        long cases = scenario.count("SELECT COUNT(*) FROM review_case") - casesBefore;
        long casesWithoutForm = scenario.count("SELECT COUNT(*) FROM review_case c WHERE NOT EXISTS"
                + " (SELECT 1 FROM case_form f WHERE f.case_id = c.id)");
        scenario.figure(run + "_cases", cases + " cases opened, " + casesWithoutForm + " cases without a form (all runs)");
        soft.assertThat(cases).as(run + ": cases opened").isEqualTo(size);
        soft.assertThat(casesWithoutForm).as("cases without a form").isZero();

        Map<String, List<String>> folders = scenario.mailbox.contents();
        Map<String, Integer> inProcessed = new TreeMap<>();
        folders.get("Processed").stream().filter(s -> s.startsWith(run + "-")).forEach(s -> inProcessed.merge(s, 1, Integer::sum));
        long copiedTwice = inProcessed.values().stream().filter(c -> c > 1).count();
        long extraCopies = inProcessed.values().stream().mapToInt(c -> c - 1).sum();
        scenario.figure(run + "_mailbox", "INBOX " + folders.get("INBOX").size() + ", Processed " + inProcessed.size()
                + " e-mails (" + copiedTwice + " of them more than once, " + extraCopies + " extra copies), Quarantine "
                + folders.get("Quarantine").stream().filter(s -> s.startsWith(run + "-")).count());
        soft.assertThat(folders.get("INBOX")).as(run + ": inbox").isEmpty();
        soft.assertThat(inProcessed).as(run + ": e-mails in Processed").hasSize(size);
        soft.assertThat(copiedTwice).as(run + ": e-mails in Processed more than once").isZero();

        Map<String, Integer> atPostfix = scenario.sent.countsByMessageId();
        List<Map<String, Object>> acknowledgements = scenario.query("SELECT e.message_id AS email, d.message_id AS sent,"
                + " d.status FROM delivery d JOIN notice n ON n.id = d.notice_id JOIN inbound_email e"
                + " ON e.id = n.inbound_email_id WHERE n.kind = 'REFERRAL_ACKNOWLEDGEMENT' AND e.message_id LIKE ?", pattern());
        Map<String, Integer> acknowledgedAtPostfix = new TreeMap<>();
        for (Map<String, Object> ack : acknowledgements) {
            acknowledgedAtPostfix.merge((String) ack.get("email"), atPostfix.getOrDefault((String) ack.get("sent"), 0), Integer::sum);
        }
        Map<Integer, Long> histogram = new TreeMap<>();
        outcomesByEmail.keySet().forEach(email -> histogram.merge(acknowledgedAtPostfix.getOrDefault(email, 0), 1L, Long::sum));
        scenario.figure(run + "_acknowledgements", "e-mails by number of acknowledgements at Postfix: " + histogram);
        soft.assertThat(histogram).as(run + ": e-mails by acknowledgements received at Postfix").isEqualTo(Map.of(1, (long) size));

        // the burst's deliveries: those of notices about its e-mails, or about the cases its forms opened
        List<Map<String, Object>> deliveries = scenario.query("SELECT d.notice_kind, d.status, d.message_id FROM delivery d"
                + " JOIN notice n ON n.id = d.notice_id WHERE n.inbound_email_id IN (SELECT id FROM inbound_email WHERE"
                + " message_id LIKE ?) OR n.case_id IN (SELECT f.case_id FROM case_form f JOIN inbound_email e"
                + " ON e.id = f.inbound_email_id WHERE e.message_id LIKE ?)", pattern(), pattern());
        long notOnce = deliveries.stream().filter(d -> atPostfix.getOrDefault((String) d.get("message_id"), 0) != 1).count();
        long sentTwice = atPostfix.values().stream().filter(c -> c > 1).count();
        scenario.figure(run + "_postfix", atPostfix.values().stream().mapToInt(Integer::intValue).sum() + " e-mails kept, "
                + atPostfix.size() + " Message-IDs, " + deliveries.size() + " deliveries of the burst, " + notOnce
                + " not there exactly once, " + sentTwice + " Message-IDs there more than once");
        soft.assertThat(notOnce).as(run + ": deliveries not at Postfix exactly once").isZero();
        soft.assertThat(sentTwice).as(run + ": Message-IDs at Postfix more than once").isZero();
    }
}
