package uk.org.hscp.notifier.intake.infra;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.intake.JournalFailures;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcJournalFailures implements JournalFailures {

    private final JdbcClient jdbc;

    JdbcJournalFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failed(String mailbox, String sourceKey, String error, Instant at) {
        String box = cut(mailbox, 100);
        String key = cut(sourceKey, 200);
        int updated = jdbc.sql("""
                UPDATE intake_journal_failure SET attempts = attempts + 1, last_failed_at = :at, last_error = :error
                WHERE mailbox = :mailbox AND source_key = :key""")
                .param("at", Timestamps.utc(at)).param("error", cut(error, 500))
                .param("mailbox", box).param("key", key).update();
        if (updated == 0) {
            jdbc.sql("""
                        INSERT INTO intake_journal_failure (mailbox, source_key, attempts, first_failed_at, last_failed_at,
                            last_error)
                        VALUES (:mailbox, :key, 1, :at, :at, :error)""")
                        .param("at", Timestamps.utc(at)).param("error", cut(error, 500))
                        .param("mailbox", box).param("key", key).update();
        }
        return jdbc.sql("SELECT attempts FROM intake_journal_failure WHERE mailbox = :mailbox AND source_key = :key")
                .param("mailbox", box).param("key", key).query(Integer.class).single();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void gaveUp(String mailbox, String sourceKey, Long emailId, Instant at) {
        jdbc.sql("""
                UPDATE intake_journal_failure SET gave_up_at = :at, inbound_email_id = :emailId
                WHERE mailbox = :mailbox AND source_key = :key""")
                .param("at", Timestamps.utc(at)).param("emailId", emailId)
                .param("mailbox", cut(mailbox, 100)).param("key", cut(sourceKey, 200)).update();
    }

    /** Keeps what PostgreSQL can store: no NUL, and no longer than the column. */
    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.replace('\0', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
