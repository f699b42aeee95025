package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DistinctForms;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * ../shared/forms/bad/resent-same-form.eml is the form of duplicate-a.eml again under a new Message-ID. Delivered
 * right after its original, both land in one poll and the intake queue's two consumers read them at once: the
 * original must be ACCEPTED and the resent one a DUPLICATE every time, with one case and one acknowledgement.
 * Each round gives both e-mails new Message-IDs and the form (the same in both) new bytes (a ZIP comment), so
 * the rounds do not see each other's forms. Run on H2 and on PostgreSQL.
 */
abstract class SameFormTwiceScenarios {

    private static final int ROUNDS = 50;
    private static final String ROUTE = "intake-mailbox-hscp";

    @Autowired TestMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired CamelContext camel;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void theSameFormResentRightAfterItsOriginalIsADuplicateEveryRound() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        for (int round = 0; round < ROUNDS; round++) {
            String original = "<same-form-" + run + "-" + round + "-original@hampshire.police.uk>";
            String resent = "<same-form-" + run + "-" + round + "-resent@hampshire.police.uk>";
            byte[] first = variant("bad/duplicate-a.eml", original, run + " " + round);
            byte[] second = variant("bad/resent-same-form.eml", resent, run + " " + round);
            // both arrive before the next poll, as when the agency presses send twice
            camel.getRouteController().stopRoute(ROUTE);
            try {
                mailbox.deliver(first);
                mailbox.deliver(second);
            } finally {
                camel.getRouteController().startRoute(ROUTE);
            }
            int n = round;
            await("round " + n).atMost(Duration.ofSeconds(30)).until(() -> decided(original) && decided(resent));

            assertThat(outcomes(original, resent)).as("round %d", round)
                    .isEqualTo(Map.of(original, "ACCEPTED", resent, "DUPLICATE"));
            assertThat(casesOpenedBy(original, resent)).as("cases opened in round %d", round).isEqualTo(1);
            assertThat(acknowledgements(original, resent)).as("acknowledgements in round %d", round).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_case").query(Long.class).single())
                .as("every case has its form: no phantom case")
                .isEqualTo(jdbc.sql("SELECT COUNT(DISTINCT case_id) FROM case_form").query(Long.class).single())
                .isEqualTo(ROUNDS);
    }

    private boolean decided(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_email WHERE message_id = :id AND outcome <> 'PENDING'")
                .param("id", messageId).query(Long.class).single() == 1;
    }

    private Map<String, String> outcomes(String... messageIds) {
        return jdbc.sql("SELECT message_id, outcome FROM inbound_email WHERE message_id IN (:ids)")
                .param("ids", java.util.List.of(messageIds))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Cases whose first form came in one of these e-mails, and cases opened while reading them with no form. */
    private long casesOpenedBy(String... messageIds) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT f.case_id) FROM case_form f JOIN inbound_email e ON e.id = f.inbound_email_id
                WHERE e.message_id IN (:ids)""").param("ids", java.util.List.of(messageIds)).query(Long.class).single()
                + jdbc.sql("""
                SELECT COUNT(*) FROM review_case c WHERE NOT EXISTS (SELECT 1 FROM case_form f WHERE f.case_id = c.id)""")
                .query(Long.class).single();
    }

    private long acknowledgements(String... messageIds) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notice n JOIN inbound_email e ON e.id = n.inbound_email_id
                WHERE n.kind = 'REFERRAL_ACKNOWLEDGEMENT' AND e.message_id IN (:ids)""")
                .param("ids", java.util.List.of(messageIds)).query(Long.class).single();
    }

    /** The sample with a new Message-ID and its .docx attachment's bytes changed by a ZIP comment, not its form. */
    static byte[] variant(String sample, String messageId, String mark) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(TestMailbox.sample(sample))) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                String name = part.getFileName();
                byte[] varied = DistinctForms.withZipComment(part.getInputStream().readAllBytes(), mark.getBytes(StandardCharsets.US_ASCII));
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(varied, part.getContentType())));
                part.setFileName(name);
            }
        }
        message.setContent(parts);
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

}
