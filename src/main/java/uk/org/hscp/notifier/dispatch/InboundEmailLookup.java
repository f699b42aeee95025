package uk.org.hscp.notifier.dispatch;

import java.util.Optional;

/** What dispatch asks of an e-mail taken in, to answer it; intake, which owns the journal, answers. */
public interface InboundEmailLookup {

    /** The authenticated sender, empty when none was recorded. */
    Optional<String> sender(long inboundEmailId);

    /** Its Message-ID, for In-Reply-To. */
    Optional<String> messageId(long inboundEmailId);
}
