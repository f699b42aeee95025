package uk.org.hscp.notifier.intake;

import java.util.Optional;
import uk.org.hscp.notifier.agencies.KnownSenders;

/**
 * The checks made as soon as an e-mail is journaled, before any form is opened. Order matters: an
 * unknown sender is quarantined whatever it sent, so nothing from outside the partnership is parsed; then a
 * known domain that its mail gateway does not vouch for ({@link SenderAuthentication}), before the Message-ID
 * is compared, so a forgery cannot pass as a duplicate of a real e-mail.
 */
public final class Screening {

    private final KnownSenders knownSenders;
    private final SenderAuthentication senderAuthentication;
    private final long maxAttachmentBytes;

    public Screening(KnownSenders knownSenders, long maxAttachmentBytes) {
        this(knownSenders, new SenderAuthentication(SenderAuthentication.Mode.OFF, java.util.List.of()),
                maxAttachmentBytes);
    }

    public Screening(KnownSenders knownSenders, SenderAuthentication senderAuthentication, long maxAttachmentBytes) {
        this.knownSenders = knownSenders;
        this.senderAuthentication = senderAuthentication;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * @param earlierWithSameMessageId the journal id of an earlier, different e-mail with this Message-ID
     */
    public Verdict screen(InboundEmail email, Optional<Long> earlierWithSameMessageId) {
        return screen(email, earlierWithSameMessageId, false);
    }

    /**
     * @param vouchedByStaff the HSCP team released the e-mail after looking at it: its sender is taken as they
     *                       decided, without the gateway's word (the release is in the audit trail)
     */
    public Verdict screen(InboundEmail email, Optional<Long> earlierWithSameMessageId, boolean vouchedByStaff) {
        if (!knownSenders.isKnown(email.fromAddress())) {
            return Verdict.quarantined(QuarantineReason.UNKNOWN_SENDER,
                    "The sender's address is not in a known agency's secure mail domain.");
        }
        if (senderAuthentication.required() && !vouchedByStaff) {
            SenderAuthentication.Check check = senderAuthentication.check(email.authenticationResults(),
                    email.fromAddress());
            if (!check.authenticated()) {
                return Verdict.quarantined(QuarantineReason.SENDER_NOT_AUTHENTICATED, check.detail());
            }
        }
        if (earlierWithSameMessageId.isPresent()) {
            return Verdict.duplicate("The same Message-ID was received before (e-mail "
                    + earlierWithSameMessageId.get() + ").");
        }
        Optional<Attachment> tooLarge = email.attachments().stream()
                .filter(a -> a.size() > maxAttachmentBytes).findFirst();
        if (tooLarge.isPresent()) {
            return Verdict.quarantined(QuarantineReason.ATTACHMENT_TOO_LARGE, "An attachment is "
                    + mebibytes(tooLarge.get().size()) + " MiB; the limit is " + mebibytes(maxAttachmentBytes) + " MiB.");
        }
        if (email.attachments().isEmpty()) {
            return Verdict.quarantined(QuarantineReason.NO_FORM_FOUND, "The e-mail has no attachment.");
        }
        return Verdict.pending();
    }

    private static String mebibytes(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }
}
