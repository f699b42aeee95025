package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.dispatch.PersonalDataCanaryTests;
import uk.org.hscp.notifier.support.DeliveryStatusNotifications;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestCases;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * A year and a bit of cases, built through the real intake (sample referrals of ../shared/forms/good, each with
 * a new Message-ID, put in the service's mailbox with the test clock's date as their arrival) and the events API,
 * with the clock moved from one day to the next. What it builds, case by case (dates London, clock at 10:00):
 *
 * <pre>
 * 2025/26
 *  A  referral-101-19 (Police)               received Tue 20 Jan 2026; decided 10 Feb: no local review, no level (no further action)
 *  B  referral-101-14 (Southern Health)      received Tue  3 Feb 2026; decided 20 Feb: local review, level 4 (LCSPR);
 *                                            review initiated 20 Feb: final report due 20 Aug 2026, never published
 *                                            (open at the end of 2025/26, missed in 2026/27)
 *  C  referral-101-16 (Police)               received Mon  9 Mar 2026; decided Wed 15 Apr 2026 (the next year): no local
 *                                            review, level 1 (MAR/Single Agency Review); Ofsted's copy of the decision bounces
 * 2026/27
 *  D  referral-101-09 (Children's Services)  received Fri  1 May 2026; serious incident notification 5 May: rapid review due
 *                                            27 May, extraordinary meeting convened 20 May (on time), rapid review completed
 *                                            3 Jun (7 days late); decided 10 Jun: no local review, level 5 (no further action)
 *  E  referral-101-06 (Police)               received Tue 12 May 2026; incident awareness 12 May: Panel notified 19 May (the
 *                                            due day), partners notified 22 May (3 days late); no decision (awaiting)
 *  Z  the personal-data canary case          opened Mon 15 Jun 2026 (rows put in as the canary tests do); decided 15 Jun:
 *                                            local review, level 3 (LCSPR); review initiated 15 Jun, final report due
 *                                            15 Dec 2026, published 5 Jan 2027 (21 days late): kept available until 5 Jan 2028
 *
 * Summaries of involvement (every case opened by a referral asks the 7 LIG agencies, each due in 5 working days):
 *  A, B, C: nobody answers. D (due 11 May) and E (due 19 May): Police answers in 1 and 2 working days, Children's
 *  Services on the due day (5), the ICB late for D (20 May, 12 working days) and never for E; the other four never.
 * </pre>
 *
 * The report is then read on Tue 4 May 2027. Quartz is held in standby while the cases are built, so that no
 * reminder fires behind the test's back: the notices are those the events send.
 */
final class ReportsScenario {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate REPORT_DAY = LocalDate.of(2027, 5, 4);
    static final String CANARY_REFERENCE = "HSCP-2026-0301";
    static final String TEAM = "report-team";
    static final String AUDITOR = "report-auditor";
    static final String LIG_MEMBER = "report-lig";

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestMailbox mailbox;
    private final MutableClock clock;
    private final TestRestTemplate http;
    private final Scheduler quartz;

    final Map<String, String> references = new LinkedHashMap<>();

    ReportsScenario(JdbcClient jdbc, TestMailbox mailbox, MutableClock clock, TestRestTemplate http, Scheduler quartz) {
        this.jdbc = jdbc;
        this.mailbox = mailbox;
        this.clock = clock;
        this.http = http;
        this.quartz = quartz;
    }

    void build() throws SchedulerException {
        quartz.standby();
        Database.clean(jdbc);

        referral("A", "good/referral-101-19.eml", day(2026, 1, 20));
        referral("B", "good/referral-101-14.eml", day(2026, 2, 3));
        event("A", "DECISION_RECORDED", day(2026, 2, 10), null, Map.of("decision", "NO_LOCAL_REVIEW"));
        event("B", "DECISION_RECORDED", day(2026, 2, 20), null, Map.of("decision", "LOCAL_REVIEW", "methodologyLevel", "4"));
        event("B", "LCSPR_DECIDED", day(2026, 2, 20), null, null);
        event("B", "REVIEW_INITIATED", day(2026, 2, 20), null, null);
        referral("C", "good/referral-101-16.eml", day(2026, 3, 9));

        event("C", "DECISION_RECORDED", day(2026, 4, 15), null, Map.of("decision", "NO_LOCAL_REVIEW", "methodologyLevel", "1"));
        bounceOfstedsCopyOfTheDecision("C");

        referral("D", "good/referral-101-09.eml", day(2026, 5, 1));
        event("D", "SERIOUS_INCIDENT_NOTIFICATION_RECEIVED", day(2026, 5, 5), null, null);
        event("D", "RESPONSE_RECEIVED", day(2026, 5, 5), "POLICE", null);
        event("D", "RESPONSE_RECEIVED", day(2026, 5, 11), "CHILDRENS_SERVICES", null);
        referral("E", "good/referral-101-06.eml", day(2026, 5, 12));
        event("E", "INCIDENT_AWARENESS", day(2026, 5, 12), null, null);
        event("E", "RESPONSE_RECEIVED", day(2026, 5, 14), "POLICE", null);
        event("E", "PANEL_NOTIFIED", day(2026, 5, 19), null, null);
        event("E", "RESPONSE_RECEIVED", day(2026, 5, 19), "CHILDRENS_SERVICES", null);
        event("D", "EXTRAORDINARY_MEETING_CONVENED", day(2026, 5, 20), null, null);
        event("D", "RESPONSE_RECEIVED", day(2026, 5, 20), "ICB", null);
        event("E", "PARTNERS_NOTIFIED", day(2026, 5, 22), null, null);
        event("D", "RAPID_REVIEW_COMPLETED", day(2026, 6, 3), null, null);
        event("D", "DECISION_RECORDED", day(2026, 6, 10), null, Map.of("decision", "NO_LOCAL_REVIEW", "methodologyLevel", "5"));

        canaryCase(day(2026, 6, 15));
        event("Z", "DECISION_RECORDED", day(2026, 6, 15), null, Map.of("decision", "LOCAL_REVIEW", "methodologyLevel", "3"));
        event("Z", "LCSPR_DECIDED", day(2026, 6, 15), null, null);
        event("Z", "REVIEW_INITIATED", day(2026, 6, 15), null, null);
        event("Z", "REVIEWER_COMMISSIONED", day(2026, 6, 15), null,
                Map.of("reviewerName", "Dr Hortensia Grimblewort of Lanternfish Row"));
        event("Z", "PUBLISHED", day(2027, 1, 5), null, null);

        clock.set(REPORT_DAY.atTime(10, 0).atZone(LONDON).toInstant());
    }

    /** Leaves nothing behind for the next test class, then lets Quartz run again. */
    void tearDown() throws SchedulerException {
        Database.clean(jdbc);
        quartz.start();
    }

    private void referral(String name, String sample, LocalDate day) {
        at(day);
        int before = cases();
        String messageId = "<report-" + MESSAGES.incrementAndGet() + "-" + System.nanoTime() + "@hampshire.test>";
        append(withMessageId(TestMailbox.sample(sample), messageId));
        await().atMost(Duration.ofSeconds(30)).until(() -> !"PENDING".equals(outcome(messageId)));
        assertThat(outcome(messageId)).as("outcome of %s", sample).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(30)).until(() -> cases() == before + 1);
        references.put(name, jdbc.sql("SELECT reference FROM review_case ORDER BY id DESC LIMIT 1")
                .query(String.class).single());
        settle();
    }

    private void event(String name, String event, LocalDate day, String agency, Map<String, String> details) {
        at(day);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("date", day.toString());
        if (agency != null) {
            body.put("agency", agency);
        }
        if (details != null) {
            body.put("details", details);
        }
        var response = http.withBasicAuth(TEAM, StaffLogins.PASSWORD)
                .postForEntity("/api/cases/" + references.get(name) + "/events", body, String.class);
        assertThat(response.getStatusCode()).as("%s of case %s: %s", event, name, response.getBody())
                .isEqualTo(HttpStatus.CREATED);
        settle();
    }

    /** The canary case, as PersonalDataCanaryTests puts it in: every identifying field full of fake personal data. */
    private void canaryCase(LocalDate day) {
        at(day);
        Instant now = clock.instant();
        long caseId = TestCases.insertCase(jdbc, CANARY_REFERENCE, "Child Z", "Zephyrine", "Quillfeather-Canary",
                PersonalDataCanaryTests.BORN, "ottoline.pennywhistle@hampshire.police.uk", now);
        long emailId = TestCases.insertInboundEmail(jdbc, "jo.whitcombe@hampshire.police.uk",
                "LIG referral: Zephyrine Quillfeather-Canary DOB 29/02/2016", "<report-canary@hampshire.police.uk>",
                now.minus(Duration.ofHours(2)));
        TestCases.insertForm(jdbc, caseId, emailId, "LIG_REFERRAL", PersonalDataCanaryTests.FORM, now);
        references.put("Z", CANARY_REFERENCE);
    }

    /** A mail server's bounce (RFC 3464) of Ofsted's copy of the case's decision notice, arriving in the mailbox. */
    private void bounceOfstedsCopyOfTheDecision(String name) {
        var delivery = jdbc.sql("""
                SELECT d.id, d.message_id, d.recipient, d.subject FROM delivery d JOIN review_case c ON c.id = d.case_id
                WHERE c.reference = :reference AND d.notice_kind = 'DECISION_NOTICE' AND d.role = 'OFSTED'""")
                .param("reference", references.get(name))
                .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("message_id"), rs.getString("recipient"),
                        rs.getString("subject")})
                .single();
        append(bounce(delivery[1], delivery[2], delivery[3]));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT status FROM delivery WHERE id = :id")
                .param("id", Long.parseLong(delivery[0])).query(String.class).single().equals("BOUNCED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notice WHERE kind = 'DELIVERY_FAILURE_ALERT'").query(Integer.class).single() == 1);
        settle();
    }

    /** Every notice planned and every delivery ended (sent, failed or bounced) before the clock moves on. */
    private void settle() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM notice WHERE status = 'REQUESTED')
                     + (SELECT COUNT(*) FROM delivery WHERE status IN ('QUEUED', 'SENDING', 'TEMPORARY_FAILURE'))""")
                .query(Integer.class).single() == 0);
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(LONDON).toInstant());
    }

    private int cases() {
        return jdbc.sql("SELECT COUNT(*) FROM review_case").query(Integer.class).single();
    }

    private String outcome(String messageId) {
        return jdbc.sql("SELECT outcome FROM inbound_email WHERE message_id = :id").param("id", messageId)
                .query(String.class).optional().orElse("PENDING");
    }

    /** Puts the e-mail in the inbox as a mail server would, with the test clock's moment as its arrival. */
    private void append(byte[] eml) {
        try {
            var greenMail = mailbox.server();
            var user = greenMail.getUserManager().getUser(TestMailbox.ADDRESS);
            var inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
            inbox.appendMessage(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml)),
                    new Flags(), Date.from(clock.instant()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not put the e-mail in the mailbox", e);
        }
    }

    /** The sample's bytes with its Message-ID header (folded or not) replaced; nothing else changes. */
    static byte[] withMessageId(byte[] eml, String messageId) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n") >= 0 ? text.indexOf("\r\n\r\n") : text.indexOf("\n\n");
        String headers = text.substring(0, end);
        String replaced = headers.replaceFirst("(?im)^Message-ID:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*",
                "Message-ID: " + java.util.regex.Matcher.quoteReplacement(messageId));
        assertThat(replaced).as("the sample has a Message-ID").isNotEqualTo(headers);
        return (replaced + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bounce(String originalMessageId, String recipient, String originalSubject) {
        return DeliveryStatusNotifications.failed(originalMessageId, recipient, originalSubject);
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
