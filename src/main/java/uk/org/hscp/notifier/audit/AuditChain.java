package uk.org.hscp.notifier.audit;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import uk.org.hscp.notifier.audit.infra.JdbcAuditChain;

/**
 * Reads the audit chain back and checks it ({@link AuditChainCheck}), for {@code audit-verify} and the Audit page;
 * and purges its oldest entries while keeping it checkable: the hash of the last purged row becomes the anchor the
 * check starts from ({@code audit_chain_anchor}).
 *
 * <p>On PostgreSQL the service's own database role may not delete audit rows (nor change the anchor): the purge
 * calls {@code hscp_audit_purge}, a {@code SECURITY DEFINER} function owned by the role that runs the migrations
 * (V27). On H2 (one user, no roles) the same statements run directly.
 */
public interface AuditChain {

    /** The chain of this database, for the command line ({@code audit-verify}), which runs without the service. */
    static AuditChain on(DataSource dataSource) {
        return new JdbcAuditChain(dataSource);
    }

    /**
     * Checks every row from the anchor to the chain head, in one snapshot (repeatable read), so entries appended
     * or purged meanwhile do not count as changes.
     */
    AuditChainCheck.Result verify();

    /**
     * Deletes the oldest entries made before {@code cutoff}, at most {@code maxRows}, in id order, stopping at the
     * first entry about a case under legal hold, and moves the anchor to the last one deleted. Joins the caller's
     * transaction. @return how many were deleted
     */
    int purgeBefore(Instant cutoff, int maxRows, Clock clock);
}
