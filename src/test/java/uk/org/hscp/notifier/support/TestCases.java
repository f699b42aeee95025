package uk.org.hscp.notifier.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.Timestamps;

/** Rows a test puts straight into the database, where the feature that makes them is not merged yet. */
public final class TestCases {

    private TestCases() {
    }

    public static long insertCase(JdbcClient jdbc, String reference, String pseudonym, String firstName,
            String lastName, LocalDate dateOfBirth, String referrerEmail, Instant openedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_case (reference, pseudonym, status, opened_at, child_first_name, child_last_name,
                    child_date_of_birth, referring_agency, referrer_email, referral_date)
                VALUES (:reference, :pseudonym, 'OPEN', :openedAt, :first, :last, :dob, 'Hampshire Constabulary',
                    :referrer, :referralDate)""")
                .param("reference", reference).param("pseudonym", pseudonym)
                .param("openedAt", Timestamps.utc(openedAt)).param("first", firstName).param("last", lastName)
                .param("dob", dateOfBirth).param("referrer", referrerEmail)
                .param("referralDate", LocalDate.ofInstant(openedAt, java.time.ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public static long insertDeadline(JdbcClient jdbc, long caseId, String timescaleId, String title, String section,
            String whoMustAct, String agency, Instant dueAt, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deadline (case_id, timescale_id, title, section, who_must_act, agency, due_at, status,
                    created_at, updated_at, version)
                VALUES (:caseId, :timescale, :title, :section, :who, :agency, :due, 'OPEN', :now, :now, 0)""")
                .param("caseId", caseId).param("timescale", timescaleId).param("title", title)
                .param("section", section).param("who", whoMustAct).param("agency", agency)
                .param("due", Timestamps.utc(dueAt)).param("now", Timestamps.utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public static long insertReminder(JdbcClient jdbc, long deadlineId, String kind, Instant fireAt, String roles) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reminder (deadline_id, kind, fire_at, roles, status, deadline_version)
                VALUES (:deadlineId, :kind, :fireAt, :roles, 'PENDING', 0)""")
                .param("deadlineId", deadlineId).param("kind", kind).param("fireAt", Timestamps.utc(fireAt))
                .param("roles", roles).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A journaled e-mail, as intake would have written it. */
    public static long insertInboundEmail(JdbcClient jdbc, String sender, String subject, String messageId,
            Instant receivedAt) {
        byte[] raw = ("From: " + sender + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\n\r\nHello\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inbound_email (mailbox, source_key, message_id, raw_sha256, sender, subject, received_at,
                    size_bytes, raw, outcome, decided_at)
                VALUES ('hscp', :sourceKey, :messageId, :sha, :sender, :subject, :at, :size, :raw, 'ACCEPTED', :at)""")
                .param("sourceKey", "test:" + messageId).param("messageId", messageId)
                .param("sha", Hashes.sha256Hex(raw)).param("sender", sender).param("subject", subject)
                .param("at", Timestamps.utc(receivedAt)).param("size", (long) raw.length).param("raw", raw)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public static void insertForm(JdbcClient jdbc, long caseId, long inboundEmailId, String formType, String json,
            Instant at) {
        jdbc.sql("""
                INSERT INTO case_form (case_id, inbound_email_id, form_type, attachment_name, attachment_sha256,
                    form_json, received_at)
                VALUES (:caseId, :emailId, :type, 'form.docx', :sha, :json, :at)""")
                .param("caseId", caseId).param("emailId", inboundEmailId).param("type", formType)
                .param("sha", Hashes.sha256Hex(json.getBytes(StandardCharsets.UTF_8))).param("json", json)
                .param("at", Timestamps.utc(at)).update();
    }
}
