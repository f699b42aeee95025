package uk.org.hscp.notifier.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.audit.AuditTrail;

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

    private final LegalHoldRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(LegalHoldRecords records, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Hold> of(String reference) {
        return records.of(reference);
    }

    /** @return false when no such case */
    @Transactional
    public boolean set(String reference, boolean held, Authentication user) {
        if (records.set(reference, held, user.getName(), clock.instant())) {
            audit.record(user, held ? AuditTrail.Action.PLACE_LEGAL_HOLD : AuditTrail.Action.LIFT_LEGAL_HOLD,
                    reference, null);
        }
        return of(reference).isPresent();
    }
}
