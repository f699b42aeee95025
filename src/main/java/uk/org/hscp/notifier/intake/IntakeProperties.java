package uk.org.hscp.notifier.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

@Validated
@ConfigurationProperties("hscp.intake")
public record IntakeProperties(@Min(100) long pollDelayMs, @Min(1) Integer maxMessagesPerPoll,
        @Min(1) long maxAttachmentBytes, @NotBlank String processedFolder, @NotBlank String quarantineFolder) {

    public IntakeProperties {
        maxMessagesPerPoll = maxMessagesPerPoll == null ? 100 : maxMessagesPerPoll;
    }
}
