package uk.org.hscp.notifier.anonymise;

import java.time.Instant;
import java.util.Optional;

/** What the anonymiser may read of an e-mail taken in (intake answers): when it arrived, nothing it said. */
public interface EmailSource {

    Optional<Instant> emailReceivedAt(long inboundEmailId);
}
