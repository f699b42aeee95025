package uk.org.hscp.notifier.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test access to the service's tables. */
public final class Database {

    private Database() {
    }

    /** Empties what the tests create, children first. */
    public static void clean(JdbcClient jdbc) {
        for (String table : new String[] {"notice", "reminder", "deadline", "case_event", "case_form", "inbound_email", "review_case",
                "case_counter", "lig_meeting_attendance", "lig_meeting"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
