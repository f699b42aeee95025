package uk.org.hscp.notifier.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import uk.org.hscp.notifier.platform.Hashes;

/**
 * The SHA-256 of one audit row: its id, moment, who, action, subject and detail, and the hash of the row before
 * it. Each field is written with its length first, so no two different rows give the same text to hash.
 */
public final class AuditHash {

    /** The "previous hash" of the first row of a chain that was never purged. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** Audit moments are kept to the microsecond, which both databases store exactly. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(long id, Instant at, String username, String action, String subject, String detail,
            String previousHash) {
        StringBuilder text = new StringBuilder("audit-v1");
        for (String field : new String[] {Long.toString(id), stored(at).toString(), username, action, subject, detail,
                previousHash}) {
            if (field == null) {
                text.append("|-");
            } else {
                text.append('|').append(field.length()).append(':').append(field);
            }
        }
        return Hashes.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
