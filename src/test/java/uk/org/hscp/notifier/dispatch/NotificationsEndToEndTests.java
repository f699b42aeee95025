package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.DeliveryProbe;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * A referral e-mailed in, as an agency does today, and a decision recorded by the HSCP team: the e-mails
 * that must follow arrive at the real (GreenMail) mailboxes of their recipients and the delivery log shows
 * each as SENT.
 */
@ServiceTest
class NotificationsEndToEndTests {

    static final String REFERRAL = "good/referral-101-00";

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired Recipients recipients;
    @Autowired TestRestTemplate http;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;

    DeliveryProbe probe;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        probe = new DeliveryProbe(jdbc, mailbox.server());
    }

    @Test
    void aReferralIsAcknowledgedToItsSenderAndEveryLigMemberAgencyIsAskedThenTheDecisionReachesThePanelOfstedAndDfe()
            throws Exception {
        byte[] eml = TestMailbox.sample(REFERRAL + ".eml");
        String sender = new MimeMessage(null, new java.io.ByteArrayInputStream(eml)).getFrom()[0].toString();
        String senderAddress = ((InternetAddress) InternetAddress.parse(sender)[0]).getAddress();
        mailbox.deliver(eml);
        EmailJournal.Entry email = await().atMost(Duration.ofSeconds(30)).until(
                () -> journal.newestFirst(Optional.empty(), 10).stream().findFirst().orElse(null),
                e -> e != null && e.outcome() != IntakeOutcome.PENDING);
        assertThat(email.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        String reference = email.caseReference();
        long caseId = jdbc.sql("SELECT id FROM review_case WHERE reference = :r").param("r", reference)
                .query(Long.class).single();

        var acknowledgement = probe.awaitAll(probe.noticeId("REFERRAL_ACKNOWLEDGEMENT", caseId, email.id()), "SENT");
        assertThat(acknowledgement).singleElement().satisfies(row -> {
            assertThat(row.recipient()).isEqualToIgnoringCase(senderAddress);
            assertThat(row.role()).isEqualTo("SENDER");
        });
        MimeMessage ack = probe.awaitReceived(acknowledgement).get(0);
        assertThat(ack.getSubject()).contains(reference);
        assertThat(ack.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress().toLowerCase())
                .containsExactly(senderAddress.toLowerCase());

        var requests = probe.awaitAll(probe.noticeId("SUMMARY_OF_INVOLVEMENT_REQUEST", caseId, null), "SENT");
        assertThat(requests).extracting(DeliveryProbe.Row::role).containsExactlyInAnyOrderElementsOf(
                recipients.ligAgencies().stream().map(code -> "LIG_MEMBER_AGENCIES:" + code).toList());
        List<MimeMessage> asked = probe.awaitReceived(requests);
        assertThat(asked).allSatisfy(m -> assertThat(m.getSubject()).contains(reference));

        var team = http.withBasicAuth("team", StaffLogins.PASSWORD);
        var recorded = team.postForEntity("/api/cases/" + reference + "/events",
                Map.of("event", "DECISION_RECORDED", "date", "2026-11-23"), String.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        var decision = probe.awaitAll(probe.noticeId("DECISION_NOTICE", caseId, null), "SENT");
        assertThat(decision).extracting(DeliveryProbe.Row::recipient).containsExactlyInAnyOrder(
                "Mailbox.NationalReviewPanel@education.gov.uk", "SCR.SIN@ofsted.gov.uk", "Mailbox.CPOD@education.gov.uk");
        List<MimeMessage> decisions = probe.awaitReceived(decision);
        assertThat(decisions).allSatisfy(m -> assertThat(m.getSubject()).contains(reference));

        // the HSCP team's view: every one of them SENT in the log of the case
        List<Map<String, Object>> log = team.getForObject("/api/deliveries?case=" + reference, List.class);
        assertThat(log).hasSize(1 + requests.size() + 3)
                .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("SENT"));

        List<MimeMessage> everything = new ArrayList<>(asked);
        everything.add(ack);
        everything.addAll(decisions);
        PersonalDataScan.fromGroundTruth(TestMailbox.SHARED_FORMS.resolve(REFERRAL + ".json")).assertNoneIn(everything);
    }
}
