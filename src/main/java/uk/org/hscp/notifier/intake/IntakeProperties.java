package uk.org.hscp.notifier.intake;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import uk.org.hscp.notifier.intake.SenderAuthentication;

/**
 * {@code hscp.intake}.
 *
 * @param senderAuthentication     whether a trusted mail gateway must vouch for each sender (docs/trust-at-the-door.md)
 * @param hscpTeamSenders          the HSCP team's own addresses: the only senders of Rapid Review Forms
 * @param repliesPerSenderPerHour  acknowledgements and form queries to one address within an hour; past it, e-mails
 *                                 are still screened and kept but not answered, and the HSCP team is alerted
 */
@Validated
@ConfigurationProperties("hscp.intake")
public record IntakeProperties(@Min(100) long pollDelayMs, @Min(1) Integer maxMessagesPerPoll,
        @Min(1) long maxAttachmentBytes, @NotBlank String processedFolder, @NotBlank String quarantineFolder,
        SenderAuthenticationSettings senderAuthentication, List<String> hscpTeamSenders,
        @Min(1) Integer repliesPerSenderPerHour, Duration requeuePendingAfter) {

    /** {@code hscp.intake.sender-authentication}: {@code mode} (required / off) and {@code authserv-ids}. */
    public record SenderAuthenticationSettings(SenderAuthentication.Mode mode, List<String> authservIds) {

        public SenderAuthenticationSettings {
            mode = mode == null ? SenderAuthentication.Mode.REQUIRED : mode;
            authservIds = authservIds == null ? List.of()
                    : authservIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).toList();
        }
    }

    /**
     * An e-mail still PENDING this long after it was journaled is put on the intake queue again when the mailbox
     * route reads it again (it stays in the inbox until it has its outcome): its queue message was lost (a crash
     * between the journal commit and the send). Longer than the broker's redeliveries (about 4 minutes), so a
     * peer's e-mail still being read is not queued twice; a second queue message would be harmless anyway.
     */
    public static final Duration DEFAULT_REQUEUE_PENDING_AFTER = Duration.ofMinutes(2);

    @ConstructorBinding
    public IntakeProperties {
        maxMessagesPerPoll = maxMessagesPerPoll == null ? 100 : maxMessagesPerPoll;
        senderAuthentication = senderAuthentication == null ? new SenderAuthenticationSettings(null, null)
                : senderAuthentication;
        hscpTeamSenders = hscpTeamSenders == null ? List.of() : List.copyOf(hscpTeamSenders);
        repliesPerSenderPerHour = repliesPerSenderPerHour == null ? 10 : repliesPerSenderPerHour;
        requeuePendingAfter = requeuePendingAfter == null ? DEFAULT_REQUEUE_PENDING_AFTER : requeuePendingAfter;
    }

    public IntakeProperties(long pollDelayMs, Integer maxMessagesPerPoll, long maxAttachmentBytes,
            String processedFolder, String quarantineFolder) {
        this(pollDelayMs, maxMessagesPerPoll, maxAttachmentBytes, processedFolder, quarantineFolder, null, null, null,
                null);
    }
}
