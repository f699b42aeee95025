package uk.org.hscp.notifier.cases.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.retention.LegalHoldRecords;
import uk.org.hscp.notifier.retention.LegalHolds;

/** The legal hold columns of review_case. */
@Repository
class JdbcLegalHoldRecords implements LegalHoldRecords {

    private final JdbcClient jdbc;

    JdbcLegalHoldRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LegalHolds.Hold> of(String reference) {
        return jdbc.sql("SELECT legal_hold, legal_hold_by, legal_hold_at FROM review_case WHERE reference = :r")
                .param("r", reference)
                .query((rs, n) -> new LegalHolds.Hold(rs.getBoolean(1), rs.getString(2),
                        Timestamps.instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    @Override
    public boolean set(String reference, boolean held, String by, Instant at) {
        return jdbc.sql("UPDATE review_case SET legal_hold = :held, legal_hold_by = :by, legal_hold_at = :at"
                        + " WHERE reference = :r AND legal_hold <> :held")
                .param("held", held).param("by", held ? by : null)
                .param("at", held ? Timestamps.utc(at) : null).param("r", reference).update() > 0;
    }
}
