package uk.org.hscp.notifier.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Walks the audit rows in id order from the anchor (the last purged row, or the start) and finds the first row
 * that was changed or removed. Plain rules: the rows come from wherever the caller reads them.
 *
 * <ul>
 * <li>a row whose stored hash is not the hash of its own content and its stored previous hash: <b>changed</b>;</li>
 * <li>else, a row whose previous hash is not the hash of the row before it: when ids are missing between them, the first
 * missing id was <b>removed</b>; else the row before was rewritten with a fresh hash: <b>changed</b>;</li>
 * <li>fewer rows at the end than the chain head records: the first missing one was <b>removed</b>;</li>
 * <li>a row beyond the chain head (see {@link #added}): <b>added</b> outside the service.</li>
 * </ul>
 */
public final class AuditChainCheck {

    /** One stored row, as read. */
    public record Row(long id, Instant at, String username, String action, String subject, String detail,
            String previousHash, String hash) {
    }

    public enum Problem { CHANGED, REMOVED, ADDED }

    /** The verdict: intact, or the first row at fault. */
    public record Result(long rowsChecked, long anchorId, Optional<Problem> problem, long rowId, long headId,
            String headHash) {

        public boolean intact() {
            return problem.isEmpty();
        }

        public String describe() {
            String from = anchorId == 0 ? "from the first entry" : "after the purged entries up to id " + anchorId;
            if (intact()) {
                return "Audit chain intact: " + rowsChecked + " entries checked " + from + "; the last, id " + headId
                        + ", has SHA-256 " + headHash + ".";
            }
            return "Audit chain BROKEN: entry id " + rowId + " was " + switch (problem.get()) {
                case CHANGED -> "changed";
                case REMOVED -> "removed";
                case ADDED -> "added outside the service";
            } + " (" + rowsChecked
                    + " entries checked " + from + ").";
        }
    }

    private final long anchorId;
    private String previousHash;
    private long previousId;
    private long checked;
    private Result failure;

    /** @param anchorId the id of the last purged row (0: none); @param anchorHash its hash ({@link AuditHash#GENESIS}) */
    public AuditChainCheck(long anchorId, String anchorHash) {
        this.anchorId = anchorId;
        this.previousId = anchorId;
        this.previousHash = anchorHash;
    }

    /** Feeds the next row in id order; rows after the first fault are ignored. */
    public void accept(Row row) {
        if (failure != null) {
            return;
        }
        checked++;
        String recomputed = AuditHash.of(row.id(), row.at(), row.username(), row.action(), row.subject(),
                row.detail(), row.previousHash());
        if (!recomputed.equals(row.hash())) {
            failure = new Result(checked, anchorId, Optional.of(Problem.CHANGED), row.id(), 0, null);
            return;
        }
        if (!previousHash.equals(row.previousHash())) {
            boolean gap = row.id() > previousId + 1;
            failure = new Result(checked, anchorId, Optional.of(gap ? Problem.REMOVED : Problem.CHANGED),
                    gap ? previousId + 1 : previousId, 0, null);
            return;
        }
        previousId = row.id();
        previousHash = row.hash();
    }

    /** A row found with an id beyond the chain head: the service never wrote it. */
    public Result added(long rowId, long headId, String headHash) {
        Result so = finish(headId, headHash);
        return so.intact() ? new Result(checked, anchorId, Optional.of(Problem.ADDED), rowId, headId, headHash) : so;
    }

    /** @param headId and @param headHash: the last row the chain head recorded (0 and the genesis hash when none) */
    public Result finish(long headId, String headHash) {
        if (failure != null) {
            return failure;
        }
        if (headId > previousId) {
            return new Result(checked, anchorId, Optional.of(Problem.REMOVED), previousId + 1, headId, headHash);
        }
        if (headId == previousId && !headHash.equals(previousHash)) {
            return new Result(checked, anchorId, Optional.of(Problem.CHANGED), previousId, headId, headHash);
        }
        return new Result(checked, anchorId, Optional.empty(), 0, headId, headHash);
    }
}
