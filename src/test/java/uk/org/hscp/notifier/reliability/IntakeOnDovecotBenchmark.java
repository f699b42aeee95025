package uk.org.hscp.notifier.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.bench.BenchResults;
import uk.org.hscp.notifier.bench.BenchResults.Figure;
import uk.org.hscp.notifier.bench.BenchScale;

/**
 * Intake measured as production runs it (the bench profile, {@code ./mvnw -Pbench verify}): the packaged jar in the
 * production profile on the reliability suite's servers, Dovecot over IMAPS, Postfix with STARTTLS and AUTH, the
 * standalone Artemis broker and PostgreSQL, all on this machine. The referrals are appended to the inbox at once
 * when the service is UP; the rate counts from the first e-mail journaled to the last acknowledgement SENT (database
 * times), with every summary request sent as well; a bare IMAPS client then fetches the same e-mails from Processed.
 */
class IntakeOnDovecotBenchmark {

    @Test
    void intakeThroughDovecotAndPostfix() {
        BenchScale scale = BenchScale.fromSystemProperties();
        int count = Integer.getInteger("bench.dovecot.count", scale.pick(600, 20));
        try (Scenario scenario = Scenario.begin("bench")) {
            NotifierProcess service = scenario.instance("a").start(); // its first start makes the schema
            service.awaitUp(Duration.ofMinutes(4));
            Burst burst = new Burst(scenario, "bench", count);
            burst.deliver(); // appended in batches of 25, faster than the service takes them in
            assertThat(burst.awaitSettled(Duration.ofMinutes(30))).as("every referral taken in and answered").isTrue();
            SoftAssertions soft = new SoftAssertions();
            burst.assertExactlyOnce(soft);
            soft.assertAll();

            String acknowledgements = "FROM delivery d JOIN notice n ON n.id = d.notice_id"
                    + " WHERE n.kind = 'REFERRAL_ACKNOWLEDGEMENT'";
            double toLastAcknowledgement = seconds(scenario, "SELECT EXTRACT(EPOCH FROM (MAX(d.sent_at) -"
                    + " (SELECT MIN(journaled_at) FROM inbound_email))) " + acknowledgements);
            double toLastDelivery = seconds(scenario, "SELECT EXTRACT(EPOCH FROM (MAX(sent_at) -"
                    + " (SELECT MIN(journaled_at) FROM inbound_email))) FROM delivery");
            long deliveries = scenario.count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'");
            double intake = count / toLastAcknowledgement;
            double raw = scenario.mailbox.rawFetchPerSecond("Processed");

            String how = count + " distinct referral e-mails made from ../shared/forms/good (own Message-ID and"
                    + " attachment bytes), appended at once to a Dovecot inbox (IMAPS) read by the packaged jar in the"
                    + " production profile (Postfix submission with STARTTLS and AUTH, the standalone Artemis 2.56"
                    + " broker, PostgreSQL; one instance, everything on this machine); from the first e-mail"
                    + " journaled to the last acknowledgement SENT (database times), every case opened";
            BenchResults.of(scale).record(List.of(
                    new Figure("intake_forms_per_s_dovecot", intake, how),
                    new Figure("raw_fetch_per_s_dovecot", raw, "the same " + count + " e-mails fetched whole from"
                            + " Processed by a bare Jakarta Mail IMAPS client, one FETCH each, on one connection"),
                    new Figure("intake_vs_raw_fetch_dovecot", intake / raw, null),
                    new Figure("intake_all_deliveries_sent_s_dovecot", toLastDelivery, deliveries + " e-mails sent"
                            + " through Postfix for the " + count + " referrals (an acknowledgement and 7 summary"
                            + " requests each): seconds from the first e-mail journaled to the last SENT")));
        }
    }

    private static double seconds(Scenario scenario, String sql) {
        return ((Number) scenario.query(sql).get(0).values().iterator().next()).doubleValue();
    }
}
