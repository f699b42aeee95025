package uk.org.hscp.notifier.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

@Validated
@ConfigurationProperties("hscp.intake")
public record IntakeProperties(@Min(100) long pollDelayMs, @Min(1) Integer maxMessagesPerPoll,
        @Min(1) long maxAttachmentBytes, @NotBlank String processedFolder, @NotBlank String quarantineFolder,
        Duration requeuePendingAfter) {

    /**
     * An e-mail still PENDING this long after it was journaled is put on the intake queue again when the mailbox
     * route reads it again (it stays in the inbox until it has its outcome): its queue message was lost (a crash
     * between the journal commit and the send). Longer than the broker's redeliveries (about 4 minutes), so a
     * peer's e-mail still being read is not queued twice; a second queue message would be harmless anyway.
     */
    public static final Duration DEFAULT_REQUEUE_PENDING_AFTER = Duration.ofMinutes(5);

    @ConstructorBinding
    public IntakeProperties {
        maxMessagesPerPoll = maxMessagesPerPoll == null ? 100 : maxMessagesPerPoll;
        requeuePendingAfter = requeuePendingAfter == null ? DEFAULT_REQUEUE_PENDING_AFTER : requeuePendingAfter;
    }

    public IntakeProperties(long pollDelayMs, Integer maxMessagesPerPoll, long maxAttachmentBytes,
            String processedFolder, String quarantineFolder) {
        this(pollDelayMs, maxMessagesPerPoll, maxAttachmentBytes, processedFolder, quarantineFolder, null);
    }
}
