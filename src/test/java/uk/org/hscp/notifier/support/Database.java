package uk.org.hscp.notifier.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test access to the service's tables. */
public final class Database {

    private static final String[] TABLES = {"delivery_event", "delivery", "notice", "reminder", "deadline",
            "case_event", "case_form", "inbound_attachment", "inbound_email", "case_agency_access", "review_case", "case_counter", "lig_meeting_attendance", "lig_meeting", "audit_event",
            "sign_in_failure"};

    private Database() {
    }

    /**
     * Empties what the tests create, children first. Dispatch may still be finishing an e-mail of the test
     * before (writing a delivery's history as its row is deleted): then it tries again.
     */
    public static void clean(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(DataAccessException.class)
                .until(() -> {
                    for (String table : TABLES) {
                        jdbc.sql("DELETE FROM " + table).update();
                    }
                    // the audit chain is checked from its anchor: what the tests before wrote counts as purged
                    jdbc.sql("UPDATE audit_chain_anchor SET anchor_id = (SELECT last_id FROM audit_chain_head WHERE id = 1),"
                            + " anchor_hash = (SELECT last_hash FROM audit_chain_head WHERE id = 1) WHERE id = 1").update();
                    return true;
                });
    }
}
