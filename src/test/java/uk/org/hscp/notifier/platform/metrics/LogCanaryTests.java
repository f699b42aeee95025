package uk.org.hscp.notifier.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.deadlines.ReminderFiring;
import uk.org.hscp.notifier.forms.DocxFixtures;
import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.PersonalDataScan;
import uk.org.hscp.notifier.support.ServiceTest;
import uk.org.hscp.notifier.support.StaffLogins;
import uk.org.hscp.notifier.support.TestMailbox;

/**
 * The log canary: a referral whose child, address, school and referrer are the personal-data canary's fake values
 * (named in the subject and the attachment's file name too, as agencies do) goes through intake (accepted), a
 * second copy with a wrong NHS number through quarantine and a query to the sender, events recorded by the HSCP
 * team, reminders fired by the test clock, and every e-mail they send. Every log line written meanwhile, at DEBUG
 * for the service and INFO for the frameworks, with its MDC fields and stack traces, holds none of that data.
 */
@ServiceTest
class LogCanaryTests {

    static final LocalDate BORN = LocalDate.of(2016, 2, 29);
    static final String VALID_NHS = "9434765919";
    static final String WRONG_NHS = "9990001234";

    static PersonalDataScan canary() {
        return PersonalDataScan.of(List.of("Zephyrine", "Quillfeather", "Lanternfish", "Canarybury", "SO99 9ZZ",
                        "Marrowbone", "Pennywhistle", "Ottoline", VALID_NHS, "943 476 5919", WRONG_NHS, "999 000 1234"))
                .withDates(BORN);
    }

    /** Every event logged while it is attached, as one line of text with everything a layout could print. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                    .append(" [").append(event.getThreadName()).append("] ").append(event.getMDCPropertyMap())
                    .append(' ').append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
        }
    }

    static final Map<String, Level> LEVELS = Map.of("uk.org.hscp", Level.DEBUG, "org.apache.camel", Level.INFO,
            "org.springframework", Level.INFO, "org.apache.activemq", Level.INFO, "com.icegreen", Level.INFO,
            "org.quartz", Level.INFO, "org.eclipse.angus", Level.INFO, "org.apache.poi", Level.INFO,
            "org.apache.pdfbox", Level.INFO);

    @Autowired TestMailbox mailbox;
    @Autowired EmailJournal journal;
    @Autowired JdbcClient jdbc;
    @Autowired StaffUsers users;
    @Autowired PasswordEncoder encoder;
    @Autowired TestRestTemplate http;
    @Autowired MutableClock clock;
    @Autowired ReminderFiring firing;

    final Capture capture = new Capture();
    final Map<String, Level> levelsBefore = new HashMap<>();

    @BeforeEach
    void captureEveryLine() {
        Database.clean(jdbc);
        StaffLogins.ensure(users, encoder, "team", StaffRole.HSCP_TEAM, Optional.empty());
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        LEVELS.forEach((name, level) -> {
            Logger logger = logging.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        capture.setContext(logging);
        capture.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(capture);
        capture.stop();
        levelsBefore.forEach((name, level) -> logging.getLogger(name).setLevel(level));
    }

    @Test
    void noLogLineOfIntakeEventsRemindersOrDispatchHoldsTheCanarysPersonalData() throws Exception {
        // intake: accepted, the case opened, the sender acknowledged and every LIG agency asked
        mailbox.deliver(email(VALID_NHS, "<canary-referral-1@hampshire.police.uk>"));
        EmailJournal.Entry accepted = awaitDecided("<canary-referral-1@hampshire.police.uk>");
        assertThat(accepted.outcome()).isEqualTo(IntakeOutcome.ACCEPTED);
        String reference = accepted.caseReference();

        // intake: a second copy with a wrong NHS number, quarantined, the sender asked to correct it
        mailbox.deliver(email(WRONG_NHS, "<canary-referral-2@hampshire.police.uk>"));
        assertThat(awaitDecided("<canary-referral-2@hampshire.police.uk>").outcome())
                .isEqualTo(IntakeOutcome.QUARANTINED);

        // events recorded by the HSCP team
        var team = http.withBasicAuth("team", StaffLogins.PASSWORD);
        for (String event : List.of("INCIDENT_AWARENESS", "DECISION_RECORDED")) {
            assertThat(team.postForEntity("/api/cases/" + reference + "/events",
                    Map.of("event", event, "date", LocalDate.now(clock).toString()), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        // the staff's own view of the case, which shows the child's name (in the page, never in a log line)
        assertThat(team.getForEntity("/api/cases/" + reference + "/deadlines", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // reminders fired by the test clock, and their e-mails sent
        Instant firstDue = jdbc.sql("SELECT MIN(fire_at) FROM reminder WHERE status = 'PENDING'")
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).single();
        clock.set(firstDue.plusSeconds(30));
        assertThat(firing.fireDue()).isPositive();
        clock.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notice WHERE status ="
                + " 'REQUESTED'").query(Long.class).single() == 0 && jdbc.sql("SELECT COUNT(*) FROM delivery WHERE"
                + " status IN ('QUEUED', 'SENDING', 'TEMPORARY_FAILURE')").query(Long.class).single() == 0);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT kind) FROM notice WHERE status <> 'REQUESTED'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(5); // acknowledgement, summary requests, query, decision, reminder

        List<String> lines = List.copyOf(capture.lines);
        assertThat(lines).hasSizeGreaterThan(20)
                .anySatisfy(line -> assertThat(line).startsWith("DEBUG uk.org.hscp"))
                .anySatisfy(line -> assertThat(line).contains(reference));
        List<PersonalDataScan.Finding> findings = new ArrayList<>();
        for (String line : lines) {
            findings.addAll(canary().findIn(line, line));
        }
        assertThat(findings).as("personal data in the log").isEmpty();
    }

    private EmailJournal.Entry awaitDecided(String messageId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> journal.newestFirst(Optional.empty(), 20).stream()
                .filter(e -> e.messageId().equals(messageId) && e.outcome() != IntakeOutcome.PENDING).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** As an agency writes it: the child named in the subject, the body and the attachment's file name. */
    private static byte[] email(String nhsNumber, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom("tom.pearce@hampshire.police.uk");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, TestMailbox.ADDRESS);
        message.setSubject("LIG referral: Zephyrine Quillfeather-Canary DOB 29/02/2016");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Referral for Zephyrine Quillfeather-Canary of 17 Lanternfish Row, Canarybury SO99 9ZZ, attached.");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(DocxFixtures.canaryReferral(nhsNumber),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        file.setFileName("Zephyrine Quillfeather-Canary referral.docx");
        message.setContent(new MimeMultipart(text, file));
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
