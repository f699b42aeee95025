package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.notices.NoticeRequest;
import uk.org.hscp.notifier.notices.Notices;

/**
 * At most {@code hscp.intake.replies-per-sender-per-hour} replies (acknowledgements, form queries) to one address
 * in any hour: a flood of e-mails, or a loop with an auto-responder, cannot make the service write without end.
 * Past the limit the e-mails are still screened and kept, without a reply, and the HSCP team is alerted once an
 * hour for that sender. Runs in the caller's transaction.
 */
public final class ReplyLimit {

    /** The first line of the alert; also how the alert of the past hour is recognised. */
    static final String PAUSED = "Replies to this sender are paused";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ReplyLimit.class);

    /** What the limit reads: the journal's senders and the replies and alerts written for their e-mails. */
    public interface Counts {

        Optional<String> senderOf(long emailId);

        int repliesTo(String sender, Instant since);

        int alertsTo(String sender, String firstLine, Instant since);
    }

    private final Counts counts;
    private final Notices notices;
    private final int perHour;
    private final Clock clock;

    public ReplyLimit(Counts counts, Notices notices, int perHour, Clock clock) {
        this.counts = counts;
        this.notices = notices;
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Asks for the reply unless its sender had {@code perHour} replies in the past hour; then alerts the team once. */
    public void reply(NoticeRequest reply) {
        Optional<String> sender = reply.inboundEmailId() == null ? Optional.empty()
                : counts.senderOf(reply.inboundEmailId());
        if (sender.isEmpty()) {
            notices.request(reply);
            return;
        }
        Instant since = clock.instant().minus(HOUR);
        if (counts.repliesTo(sender.get(), since) < perHour) {
            notices.request(reply);
            return;
        }
        log.warn("E-mail {}: no {} sent, its sender had {} replies in the past hour", reply.inboundEmailId(),
                reply.kind(), perHour);
        if (counts.alertsTo(sender.get(), PAUSED, since) == 0) {
            notices.request(NoticeRequest.aboutEmail(NoticeKind.INTAKE_ALERT, reply.inboundEmailId(), List.of(
                    PAUSED + ": it had " + perHour + " replies in the past hour"
                            + " (hscp.intake.replies-per-sender-per-hour).",
                    "Its e-mails are still screened and kept; see the intake list. Replies resume within the hour.")));
        }
    }
}
