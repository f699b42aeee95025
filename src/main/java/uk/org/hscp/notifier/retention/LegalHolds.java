package uk.org.hscp.notifier.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * The legal hold on a case: while it is set, retention purges nothing of the case (its e-mails, forms, identity,
 * deliveries or audit entries). The HSCP team places and lifts it; each change is audited. Pages read it as
 * {@code @legalHolds.of(reference)}.
 */
@Service("legalHolds")
public class LegalHolds {

    /** A case's hold: whether it is held, by whom and since when. */
    public record Hold(boolean held, String by, Instant since) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Hold> of(String reference) {
        return jdbc.sql("SELECT legal_hold, legal_hold_by, legal_hold_at FROM review_case WHERE reference = :r")
                .param("r", reference)
                .query((rs, n) -> new Hold(rs.getBoolean(1), rs.getString(2),
                        Timestamps.instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    /** @return false when no such case */
    @Transactional
    public boolean set(String reference, boolean held, Authentication user) {
        int changed = jdbc.sql("UPDATE review_case SET legal_hold = :held, legal_hold_by = :by, legal_hold_at = :at"
                        + " WHERE reference = :r AND legal_hold <> :held")
                .param("held", held).param("by", held ? user.getName() : null)
                .param("at", held ? Timestamps.utc(clock.instant()) : null).param("r", reference).update();
        if (changed > 0) {
            audit.record(user, held ? AuditTrail.Action.PLACE_LEGAL_HOLD : AuditTrail.Action.LIFT_LEGAL_HOLD,
                    reference, null);
        }
        return of(reference).isPresent();
    }
}
