package uk.org.hscp.notifier.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.TestingAuthenticationToken;

import uk.org.hscp.notifier.audit.AuditChain;
import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;
import uk.org.hscp.notifier.support.TestCases;

/**
 * The daily purge with the shipped {@code config/retention.yml} and the test clock: what is past its time is
 * deleted or tombstoned, a held case is untouched, each class's count is audited, and nothing else in the database
 * changes (every row of every table compared before and after). On H2 ({@link RetentionPurgeTests}) and
 * PostgreSQL ({@link RetentionPurgeOnPostgresTests}).
 */
abstract class RetentionPurgeContract {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    /** The purge runs at 02:30 on 10 January 2033. */
    static final Instant NOW = Instant.parse("2033-01-10T02:30:00Z");
    static final String[] TABLES = {"review_case", "case_form", "case_event", "inbound_email", "delivery",
            "delivery_event", "notice", "deadline", "reminder"};

    @Autowired RetentionPurge purge;
    @Autowired AuditTrail audit;
    @Autowired AuditChain chain;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Scheduler scheduler;
    @Autowired RetentionSchedule schedule;
    @Autowired uk.org.hscp.notifier.retention.infra.RetentionStore store;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired java.time.ZoneId zone;

    long published2026;      // published 1 June 2026: identity (6 years) and raw e-mail (1 year) both due
    long held2026;           // the same, under legal hold
    long published2031;      // published 1 December 2031: raw e-mail due, identity not yet
    long open;               // still going on: nothing due
    Map<String, Long> emails = new HashMap<>();
    Map<String, Long> deliveries = new HashMap<>();
    List<Long> auditIds;

    @BeforeEach
    void aDatabaseOfSixYears() {
        Database.clean(jdbc);
        clock.set(START);
        published2026 = caseWithEmail("HSCP-2026-0001", "Child A", "Amelia", Instant.parse("2026-06-01T00:00:00Z"));
        held2026 = caseWithEmail("HSCP-2026-0002", "Child B", "Bethany", Instant.parse("2026-06-01T00:00:00Z"));
        published2031 = caseWithEmail("HSCP-2026-0003", "Child C", "Chloe", Instant.parse("2031-12-01T00:00:00Z"));
        open = caseWithEmail("HSCP-2026-0004", "Child D", "Daisy", null);
        jdbc.sql("UPDATE review_case SET legal_hold = TRUE, legal_hold_by = 'team' WHERE id = :id")
                .param("id", held2026).update();

        emails.put("unknown-40-days", quarantined("UNKNOWN_SENDER", "2032-12-01T10:00:00Z"));
        emails.put("unknown-9-days", quarantined("UNKNOWN_SENDER", "2033-01-01T10:00:00Z"));
        emails.put("invalid-form-old", quarantined("INVALID_FORM", "2027-01-01T10:00:00Z"));
        emails.put("auto-reply-2031", TestCases.insertInboundEmail(jdbc, "out-of-office@hants.gov.uk", "Away",
                "<away@hants.gov.uk>", Instant.parse("2031-06-01T10:00:00Z")));
        emails.put("auto-reply-2032", TestCases.insertInboundEmail(jdbc, "out-of-office@hants.gov.uk", "Away again",
                "<away2@hants.gov.uk>", Instant.parse("2032-06-01T10:00:00Z")));

        deliveries.put("sent-2031-case-A", delivery(published2026, "SENT", "2031-01-05T09:00:00Z"));
        deliveries.put("sent-2031-held-B", delivery(held2026, "SENT", "2031-01-05T09:00:00Z"));
        deliveries.put("sent-2032-case-D", delivery(open, "SENT", "2032-12-20T09:00:00Z"));
        deliveries.put("retrying-2031", delivery(open, "TEMPORARY_FAILURE", "2031-01-05T09:00:00Z"));

        // audit entries of 23 November 2026 (six years are up), the third about the held case; one of 2032
        var team = new TestingAuthenticationToken("team", "n/a");
        audit.record(team, AuditTrail.Action.VIEW_CASE, "HSCP-2026-0001", null);
        audit.record(team, AuditTrail.Action.VIEW_CASE, "HSCP-2026-0003", null);
        audit.record(team, AuditTrail.Action.VIEW_CASE, "HSCP-2026-0002", null);
        audit.record(team, AuditTrail.Action.VIEW_CASE, "HSCP-2026-0001", null);
        clock.set(Instant.parse("2032-12-01T09:00:00Z"));
        audit.record(team, AuditTrail.Action.VIEW_CASE, "HSCP-2026-0004", null);
        auditIds = jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
        clock.set(NOW);
    }

    @AfterEach
    void clockBack() {
        clock.set(START);
    }

    @Test
    void purgesWhatIsPastItsTimeLeavesTheHeldCaseAndChangesNothingElse() {
        Map<String, Map<Object, Map<String, Object>>> before = snapshot();

        var outcomes = purge.purgeDue();

        // what changed, row by row; every other row of every table is as it was
        Map<String, Map<Object, Map<String, Object>>> expected = copy(before);
        String now = NOW.toString();
        expected.get("inbound_email").remove(emails.get("unknown-40-days"));
        for (long id : List.of(emails.get("auto-reply-2031"), emailOf(published2026), emailOf(published2031))) {
            Map<String, Object> row = expected.get("inbound_email").get(id);
            row.put("raw", "");
            row.put("sender", null);
            row.put("subject", null);
            row.put("detail", null);
            row.put("purged_at", now);
        }
        Map<String, Object> caseA = expected.get("review_case").get(published2026);
        caseA.put("child_first_name", null);
        caseA.put("child_last_name", null);
        caseA.put("child_date_of_birth", null);
        caseA.put("referrer_email", null);
        caseA.put("identity_purged_at", now);
        expected.get("case_form").values().stream().filter(r -> r.get("case_id").equals(published2026))
                .forEach(r -> r.put("form_json", "{}"));
        expected.get("case_event").values().stream().filter(r -> r.get("case_id").equals(published2026))
                .forEach(r -> r.put("details", null));
        Map<String, Object> deliveryA = expected.get("delivery").get(deliveries.get("sent-2031-case-A"));
        deliveryA.put("body", null);
        deliveryA.put("mime", null);
        deliveryA.put("body_purged_at", now);
        assertThat(snapshot()).isEqualTo(expected);

        assertThat(outcomes.get(RecordClass.QUARANTINED_UNKNOWN_SENDER).count()).isEqualTo(1);
        assertThat(outcomes.get(RecordClass.ACCEPTED_EMAIL_RAW).count()).isEqualTo(3);
        assertThat(outcomes.get(RecordClass.FORM_DATA_AND_IDENTITY).count()).isEqualTo(1);
        assertThat(outcomes.get(RecordClass.DELIVERY_BODIES).count()).isEqualTo(1);
        assertThat(outcomes.get(RecordClass.AUDIT_ENTRIES).count()).isEqualTo(2);

        // the two oldest audit entries went; the purge stopped at the first about the held case
        List<Long> left = jdbc.sql("SELECT id FROM audit_event WHERE action <> 'RETENTION_PURGE' ORDER BY id")
                .query(Long.class).list();
        assertThat(left).containsExactlyElementsOf(auditIds.subList(2, 5));
        assertThat(chain.verify().intact()).as(chain.verify().describe()).isTrue();
        assertThat(chain.verify().anchorId()).isEqualTo(auditIds.get(1));

        assertThat(purgeEntries()).containsExactly(
                "retention:quarantined-unknown-sender deleted 1 (keep P30D from the quarantine decision)",
                "retention:accepted-email-raw tombstoned 3; 1 case under legal hold left untouched (keep P1Y from"
                        + " the case's end (e-mails without a case: their receipt))",
                "retention:form-data-and-identity tombstoned 1 cases; 1 case under legal hold left untouched"
                        + " (keep P6Y from the case's end)",
                "retention:delivery-bodies tombstoned 1 (keep P1Y from the delivery's creation)",
                "retention:audit-entries deleted 2 (keep P6Y from the entry)");
    }

    @Test
    void aSecondRunChangesNothing() {
        purge.purgeDue();
        var afterFirst = snapshot();

        var outcomes = purge.purgeDue();

        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.count()).isZero());
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    @Test
    void beforeTheirTimeNothingIsPurged() {
        clock.set(Instant.parse("2027-01-01T02:30:00Z"));
        var before = snapshot();

        var outcomes = purge.purgeDue();

        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.count()).isZero());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void thePreviewCountsWhatTheNext30DaysBringAndListsTheCases() {
        clock.set(Instant.parse("2032-05-10T09:00:00Z")); // published2026's e-mail has been due since June 2027

        var preview = purge.preview(30);

        assertThat(preview.until()).isEqualTo(LocalDate.of(2032, 6, 9));
        assertThat(preview.counts().get(RecordClass.ACCEPTED_EMAIL_RAW)).isEqualTo(2); // case A and the 2031 reply
        assertThat(preview.counts().get(RecordClass.FORM_DATA_AND_IDENTITY)).isEqualTo(1); // A: due 1 June 2032
        assertThat(preview.cases()).extracting(c -> c.reference() + " " + c.pseudonym() + " " + c.held() + " "
                + c.due().stream().map(d -> d.recordClass().key() + "@" + d.on()).toList())
                .containsExactly("HSCP-2026-0001 Child A false [accepted-email-raw@2032-05-10, form-data-and-identity@2032-06-01]",
                        "HSCP-2026-0002 Child B true [accepted-email-raw@2032-05-10, form-data-and-identity@2032-06-01]");
    }

    @Test
    void withTombstoneQuarantinedSpamKeepsItsRowStrippedAndLeavesTheQuarantineList() {
        Map<RecordClass, RetentionSchedule.Rule> rules = new java.util.EnumMap<>(schedule.rules());
        rules.put(RecordClass.QUARANTINED_UNKNOWN_SENDER, new RetentionSchedule.Rule(
                RecordClass.QUARANTINED_UNKNOWN_SENDER, java.time.Period.ofDays(30), Disposal.TOMBSTONE));
        var tombstoning = new RetentionPurge(new RetentionSchedule(rules, 2), store, chain, audit, transaction, clock,
                zone);

        var outcomes = tombstoning.purgeDue();

        assertThat(outcomes.get(RecordClass.QUARANTINED_UNKNOWN_SENDER).describe()).isEqualTo("tombstoned 1");
        var row = jdbc.sql("SELECT message_id, raw, sender, subject, purged_at, review_status, reviewed_by"
                        + " FROM inbound_email WHERE id = :id").param("id", emails.get("unknown-40-days"))
                .query().singleRow();
        assertThat((byte[]) row.get("raw")).isEmpty();
        assertThat(row.get("sender")).isNull();
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("message_id")).isNotNull();
        assertThat(row.get("review_status")).isEqualTo("DISCARDED");
        assertThat(row.get("reviewed_by")).isEqualTo("service");
        // batches of two: the three accepted e-mails still all went
        assertThat(outcomes.get(RecordClass.ACCEPTED_EMAIL_RAW).count()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_email WHERE id = :id")
                .param("id", emails.get("unknown-9-days")).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT purged_at FROM inbound_email WHERE id = :id")
                .param("id", emails.get("unknown-9-days")).query(String.class).list()).containsExactly((String) null);
    }

    @Test
    void theDailyJobIsOnACronTriggerAtHalfPastTwoLondonTime() throws Exception {
        var trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("retention-daily", "retention"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 2 * * ?");
        assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Europe/London"));
        assertThat(trigger.getJobKey().getName()).isEqualTo("retention-purge");
    }

    private List<String> purgeEntries() {
        return jdbc.sql("SELECT subject || ' ' || detail FROM audit_event WHERE action = 'RETENTION_PURGE' ORDER BY id")
                .query(String.class).list();
    }

    private long caseWithEmail(String reference, String pseudonym, String firstName, Instant published) {
        long id = TestCases.insertCase(jdbc, reference, pseudonym, firstName, "Testperson", LocalDate.of(2015, 3, 4),
                "referrer@hampshire.police.uk", START);
        long email = TestCases.insertInboundEmail(jdbc, "referrer@hampshire.police.uk", "Referral " + firstName,
                "<" + reference + "@police>", START);
        jdbc.sql("UPDATE inbound_email SET case_id = :c WHERE id = :e").param("c", id).param("e", email).update();
        TestCases.insertForm(jdbc, id, email, "LIG_REFERRAL", "{\"child\":{\"firstName\":\"" + firstName + "\"}}",
                START);
        event(id, "REVIEWER_COMMISSIONED", START, "{\"reviewer\":\"Rhiannon Reviewer\"}");
        if (published != null) {
            event(id, "PUBLISHED", published, null);
        }
        return id;
    }

    private void event(long caseId, String event, Instant at, String details) {
        jdbc.sql("INSERT INTO case_event (case_id, event, occurred_at, details, recorded_by, recorded_at)"
                        + " VALUES (:c, :e, :at, :d, 'team', :at)")
                .param("c", caseId).param("e", event).param("at", Timestamps.utc(at)).param("d", details).update();
    }

    private long emailOf(long caseId) {
        return jdbc.sql("SELECT id FROM inbound_email WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    private long quarantined(String reason, String decided) {
        byte[] raw = ("From: someone@elsewhere.example\r\nSubject: hi " + reason + decided + "\r\n\r\nHello\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inbound_email (mailbox, source_key, message_id, raw_sha256, sender, subject, received_at,"
                        + " size_bytes, raw, outcome, reason, decided_at)"
                        + " VALUES ('hscp', :k, :k, :sha, 'someone@elsewhere.example', 'hi', :at, :size, :raw,"
                        + " 'QUARANTINED', :reason, :at)")
                .param("k", "<" + reason + decided + "@elsewhere>").param("sha", Hashes.sha256Hex(raw))
                .param("at", Timestamps.utc(Instant.parse(decided))).param("size", (long) raw.length).param("raw", raw)
                .param("reason", reason).update(keys, "id");
        return keys.getKey().longValue();
    }

    private long delivery(long caseId, String status, String created) {
        Instant at = Instant.parse(created);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice (kind, case_id, status, created_at) VALUES ('REMINDER', :c, 'PLANNED', :at)")
                .param("c", caseId).param("at", Timestamps.utc(at)).update(keys, "id");
        long notice = keys.getKey().longValue();
        var deliveryKeys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO delivery (notice_id, notice_kind, case_id, recipient, role, subject, status, attempts,"
                        + " message_id, sha256, body, mime, created_at, updated_at, due_at, sent_at)"
                        + " VALUES (:n, 'REMINDER', :c, 'panel@hscp.test', 'NATIONAL_PANEL', 'Reminder', :s, 1, :m,"
                        + " :sha, 'Case reference: reminder', :mime, :at, :at, :due, :at)")
                .param("n", notice).param("c", caseId).param("s", status).param("m", "<d-" + notice + "@hscp.test>")
                .param("sha", "b".repeat(64)).param("mime", "MIME bytes".getBytes(StandardCharsets.UTF_8))
                .param("at", Timestamps.utc(at)).param("due", Timestamps.utc(Instant.parse("2099-01-01T00:00:00Z")))
                .update(deliveryKeys, "id");
        return deliveryKeys.getKey().longValue();
    }

    /** Every row of every table the purge might touch, by id, values as comparable text. */
    private Map<String, Map<Object, Map<String, Object>>> snapshot() {
        Map<String, Map<Object, Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            Map<Object, Map<String, Object>> rows = new TreeMap<>();
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                Map<String, Object> values = new TreeMap<>();
                row.forEach((column, value) -> values.put(column.toLowerCase(), comparable(value)));
                rows.put(((Number) values.get("id")).longValue(), values);
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static Object comparable(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().toString();
        }
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return n.longValue();
        }
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value.toString();
    }

    private static Map<String, Map<Object, Map<String, Object>>> copy(Map<String, Map<Object, Map<String, Object>>> s) {
        Map<String, Map<Object, Map<String, Object>>> copy = new LinkedHashMap<>();
        s.forEach((table, rows) -> {
            Map<Object, Map<String, Object>> copied = new TreeMap<>();
            rows.forEach((id, row) -> copied.put(id, new TreeMap<>(row)));
            copy.put(table, copied);
        });
        return copy;
    }

}
