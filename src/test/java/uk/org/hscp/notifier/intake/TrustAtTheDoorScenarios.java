package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.support.DeliveryStatusNotifications;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * A hostile corpus made in the test, delivered through GreenMail to the service with sender authentication
 * required (authserv-id {@value #GATEWAY} trusted): each e-mail gets its outcome, is kept whole in the journal,
 * moved to Quarantine, and gets no reply. Run on H2 and PostgreSQL.
 */
abstract class TrustAtTheDoorScenarios {

    static final String GATEWAY = "mx.trust.hscp.test";
    static final String PROPERTIES_MODE = "hscp.intake.sender-authentication.mode=required";
    static final String PROPERTIES_IDS = "hscp.intake.sender-authentication.authserv-ids=" + GATEWAY;
    static final String PROPERTIES_REPLIES = "hscp.intake.replies-per-sender-per-hour=3";

    private static final String POLICE = "anna.kowalska@hampshire.police.uk";

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired SenderAuthentication senderAuthentication;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        probe = new DeliveryProbe(jdbc, mailbox.server());
        assertThat(senderAuthentication.required()).as("this context checks senders").isTrue();
    }

    @Test
    void aGoodReferralStampedByTheTrustedGatewayIsAcceptedAndAcknowledged() {
        String messageId = mailbox.deliver(passing(TestMailbox.sample("good/referral-101-00.eml"), "hampshire.police.uk"));

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.outcome()).as(entry.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(noticeKinds(entry.id())).containsExactly("REFERRAL_ACKNOWLEDGEMENT");
    }

    @Test
    void aForgedFromWithoutAuthenticationResultsIsQuarantinedWithoutAReply() {
        byte[] eml = TestMailbox.sample("good/referral-101-00.eml");

        EmailJournal.Entry entry = deliverHostile(eml, QuarantineReason.SENDER_NOT_AUTHENTICATED, POLICE);

        assertThat(entry.detail()).contains("No Authentication-Results from a trusted mail gateway");
        assertThat(cases()).isZero();
    }

    @Test
    void aForgedFromThatTheGatewaySaysFailedIsQuarantinedWithoutAReply() {
        byte[] eml = stamp(TestMailbox.sample("good/referral-101-00.eml"),
                GATEWAY + "; spf=fail smtp.mailfrom=attacker.example;\r\n\tdkim=none; dmarc=fail (p=reject dis=none)"
                        + " header.from=hampshire.police.uk");

        EmailJournal.Entry entry = deliverHostile(eml, QuarantineReason.SENDER_NOT_AUTHENTICATED, POLICE);

        assertThat(entry.detail()).contains("dmarc=fail");
        assertThat(cases()).isZero();
    }

    @Test
    void aPassingHeaderTheAttackerWroteBelowTheGatewaysOwnIsIgnored() {
        // the attacker wrote two passes (one as the trusted gateway); the gateway put its own verdict on top
        byte[] eml = stamp(stamp(stamp(TestMailbox.sample("good/referral-101-00.eml"),
                "mail.attacker.example; dmarc=pass header.from=hampshire.police.uk"),
                GATEWAY + "; dmarc=pass header.from=hampshire.police.uk"),
                GATEWAY + "; dmarc=fail header.from=hampshire.police.uk");

        EmailJournal.Entry entry = deliverHostile(eml, QuarantineReason.SENDER_NOT_AUTHENTICATED, POLICE);

        assertThat(entry.detail()).contains("dmarc=fail");
        assertThat(cases()).isZero();
    }

    @Test
    void aLookalikeDomainVouchedForByItsOwnDmarcIsAnUnknownSender() {
        String lookalike = "anna.kowalska@hampshire.police.uk.attacker.example";
        byte[] eml = passing(from(TestMailbox.sample("good/referral-101-00.eml"), lookalike),
                "hampshire.police.uk.attacker.example");

        deliverHostile(eml, QuarantineReason.UNKNOWN_SENDER, lookalike);

        assertThat(cases()).isZero();
    }

    @Test
    void anAuthenticatedResponseNamingARealCaseFromAnAgencyThatWasNotAskedChangesNothing() {
        String reference = openCase();
        int metBefore = summariesMet();
        // an NHSmail address is authenticated, but speaks for no LIG member agency: its response meets nothing
        byte[] eml = passing(SampleFormsEndToEndTests.withReferenceInSubject(
                TestMailbox.sample("good/response-101-02.eml"), reference), "nhs.net");

        EmailJournal.Entry entry = deliverHostile(eml, QuarantineReason.NOT_EXPECTED_FROM_SENDER,
                "anna.kowalska@nhs.net");

        assertThat(entry.detail()).contains("NHS_MAIL").contains("was not asked");
        assertThat(summariesMet()).isEqualTo(metBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_form").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aResponseMeetsOnlyItsSendersOwnAgencysSummaryWhateverTheFormSays() {
        String reference = openCase();
        // a Southern Health response, sent from a Children's Services address
        byte[] eml = passing(SampleFormsEndToEndTests.withReferenceInSubject(from(
                TestMailbox.sample("good/response-101-00.eml"), "priya.nair@hants.gov.uk"), reference), "hants.gov.uk");

        EmailJournal.Entry entry = awaitDecided(mailbox.deliver(eml));

        assertThat(entry.outcome()).as(entry.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(jdbc.sql("SELECT agency FROM deadline WHERE timescale_id = 'SUMMARY_OF_INVOLVEMENT'"
                + " AND status = 'MET'").query(String.class).list()).containsExactly("CHILDRENS_SERVICES");
    }

    @Test
    void aResponseFoundByTheChildsNameAloneIsAcknowledgedWithoutTheCaseReferenceOrPseudonym() {
        EmailJournal.Entry referral = awaitDecided(mailbox.deliver(
                passing(TestMailbox.sample("good/referral-101-01.eml"), "nhs.net")));
        assertThat(referral.outcome()).as(referral.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
        String pseudonym = jdbc.sql("SELECT pseudonym FROM review_case WHERE reference = :reference")
                .param("reference", referral.caseReference()).query(String.class).single();

        // no reference in the subject nor on the form: found by the child's name; HHFT was asked for a summary
        EmailJournal.Entry response = awaitDecided(mailbox.deliver(
                passing(TestMailbox.sample("good/response-101-01.eml"), "hhft.nhs.uk")));

        assertThat(response.outcome()).as(response.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
        assertThat(response.caseReference()).isEqualTo(referral.caseReference());
        DeliveryProbe.Row ack = probe.awaitAll(probe.noticeId("REFERRAL_ACKNOWLEDGEMENT", null, response.id()), "SENT")
                .get(0);
        assertThat(ack.recipient()).isEqualTo("priya.nair@hhft.nhs.uk");
        assertThat(ack.subject()).isEqualTo("HSCP: your form was received");
        assertThat(ack.body()).contains("has been received and recorded")
                .doesNotContain(referral.caseReference()).doesNotContain(pseudonym);
        assertThat(jdbc.sql("SELECT agency FROM deadline WHERE timescale_id = 'SUMMARY_OF_INVOLVEMENT'"
                + " AND status = 'MET'").query(String.class).list()).containsExactly("HHFT");
    }

    @Test
    void aRapidReviewFormFromAnAgencyAddressIsNotTaken() {
        String reference = openCase();
        long eventsBefore = caseEvents();
        byte[] eml = passing(SampleFormsEndToEndTests.withReferenceInSubject(from(
                TestMailbox.sample("good/rapid-review-101-00.eml"), "jo.whitcombe@hants.gov.uk"), reference),
                "hants.gov.uk");

        deliverHostile(eml, QuarantineReason.NOT_EXPECTED_FROM_SENDER, "jo.whitcombe@hants.gov.uk");

        assertThat(caseEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aForgedBounceNamingARealRecipientButNoMessageIdOfOursChangesNoDelivery() throws Exception {
        openCase();
        long requestId = probe.noticeId("SUMMARY_OF_INVOLVEMENT_REQUEST", null, null);
        DeliveryProbe.Row sent = probe.awaitAll(requestId, "SENT").get(0);

        deliverHostile(forgedBounce(sent.recipient()), QuarantineReason.UNKNOWN_SENDER,
                "mailer-daemon@mx.attacker.example");

        assertThat(probe.history(sent.id())).containsExactly("QUEUED", "SENDING", "SENT");
    }

    @Test
    void pastTheHourlyLimitASendersEmailsAreKeptWithoutAReplyAndTheTeamIsAlertedOnce() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            byte[] eml = passing(withoutAttachment(POLICE, "<flood-" + i + "@hampshire.police.uk>"),
                    "hampshire.police.uk");
            EmailJournal.Entry entry = awaitDecided(mailbox.deliver(eml));
            assertThat(entry.reason()).isEqualTo(QuarantineReason.NO_FORM_FOUND);
            assertThat(journal.raw(entry.id())).isNotEmpty();
            ids.add(entry.id());
        }

        assertThat(ids.stream().filter(id -> noticeKinds(id).contains("FORM_QUERY")).count()).isEqualTo(3);
        long pausedAlerts = jdbc.sql("SELECT COUNT(*) FROM notice WHERE kind = 'INTAKE_ALERT' AND lines LIKE :line")
                .param("line", ReplyLimit.PAUSED + "%").query(Long.class).single();
        assertThat(pausedAlerts).isEqualTo(1);
        assertThat(noticeKinds(ids.get(3))).contains("INTAKE_ALERT").doesNotContain("FORM_QUERY");
        assertThat(noticeKinds(ids.get(4))).containsExactly("INTAKE_ALERT");
    }

    /**
     * Delivers, then checks what every hostile e-mail must get: its outcome, kept whole, no reply, and the
     * Quarantine folder, whether it was screened out at once (sender unknown or not authenticated) or only once its
     * forms were read (NOT_EXPECTED_FROM_SENDER: it waits in the inbox until then).
     */
    private EmailJournal.Entry deliverHostile(byte[] eml, QuarantineReason reason, String sender) {
        String messageId = TestMailbox.messageIdOf(eml);
        String folder = "Quarantine";
        long inFolderBefore = mailbox.count(folder, messageId);
        int sentToSenderBefore = mailbox.sentTo(sender).size();
        mailbox.deliver(eml);

        EmailJournal.Entry entry = awaitDecided(messageId);

        assertThat(entry.outcome()).as(entry.detail()).isEqualTo(IntakeOutcome.QUARANTINED);
        assertThat(entry.reason()).as(entry.detail()).isEqualTo(reason);
        assertThat(lf(journal.raw(entry.id()))).as("kept whole").endsWith(lf(eml));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mailbox.count(folder, messageId)).isEqualTo(inFolderBefore + 1);
            assertThat(mailbox.count("INBOX", messageId)).isZero();
        });
        assertThat(journal.newestFirst(Optional.of(IntakeOutcome.QUARANTINED), 50)).as("on the Quarantine page")
                .extracting(EmailJournal.Entry::id).contains(entry.id());
        assertThat(noticeKinds(entry.id())).as("the team is alerted, the sender is not answered")
                .containsExactly("INTAKE_ALERT");
        probe.awaitAll(probe.noticeId("INTAKE_ALERT", null, entry.id()), "SENT");
        assertThat(mailbox.sentTo(sender)).hasSize(sentToSenderBefore);
        return entry;
    }

    /** An authenticated referral opens a case (and asks every LIG member agency for a summary); its reference. */
    private String openCase() {
        EmailJournal.Entry referral = awaitDecided(mailbox.deliver(
                passing(TestMailbox.sample("good/referral-101-00.eml"), "hampshire.police.uk")));
        assertThat(referral.outcome()).as(referral.detail()).isEqualTo(IntakeOutcome.ACCEPTED);
        return referral.caseReference();
    }

    /** The e-mail as the trusted gateway stamps it when DMARC passes for the domain. */
    static byte[] passing(byte[] eml, String domain) {
        return stamp(eml, GATEWAY + ";\r\n\tspf=pass smtp.mailfrom=" + domain + ";\r\n\tdkim=pass header.d=" + domain
                + ";\r\n\tdmarc=pass (p=reject dis=none) header.from=" + domain);
    }

    /** Puts an Authentication-Results field on top, as a gateway does. */
    static byte[] stamp(byte[] eml, String field) {
        return ("Authentication-Results: " + field + "\r\n" + new String(eml, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] from(byte[] eml, String address) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("(?m)^From: .*$", "From: Someone <" + address + ">").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] withoutAttachment(String from, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, TestMailbox.ADDRESS);
        message.setSubject("LIG referral");
        message.setText("The form will follow.");
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /** A delivery status notification naming a real recipient of ours, but only Message-IDs the attacker made up. */
    private static byte[] forgedBounce(String recipient) {
        return DeliveryStatusNotifications.failed("mx.attacker.example", "<made.up.1@review-notifier.hscp>",
                "<made.up.2@review-notifier.hscp>", recipient, "Undelivered");
    }

    private EmailJournal.Entry awaitDecided(String messageId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> journal.newestFirst(Optional.empty(), 50).stream()
                        .filter(e -> e.messageId().equals(messageId) && e.outcome() != IntakeOutcome.PENDING)
                        .findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private List<String> noticeKinds(long emailId) {
        return jdbc.sql("SELECT kind FROM notice WHERE inbound_email_id = :id ORDER BY id").param("id", emailId)
                .query(String.class).list();
    }

    private int cases() {
        return jdbc.sql("SELECT COUNT(*) FROM review_case").query(Integer.class).single();
    }

    private int summariesMet() {
        return jdbc.sql("SELECT COUNT(*) FROM deadline WHERE timescale_id = 'SUMMARY_OF_INVOLVEMENT' AND status = 'MET'")
                .query(Integer.class).single();
    }

    private long caseEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM case_event").query(Long.class).single();
    }

    private static String lf(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").strip();
    }
}
