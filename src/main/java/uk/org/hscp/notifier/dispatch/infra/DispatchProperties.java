package uk.org.hscp.notifier.dispatch.infra;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/**
 * {@code hscp.dispatch} in config/application.yml.
 *
 * @param allowExternalSmtpOutsideProduction outside the production profile mail may only go to a relay on
 *        this machine (the embedded mail server); true lets a test relay elsewhere be used, on purpose
 */
@Validated
@ConfigurationProperties("hscp.dispatch")
public record DispatchProperties(String fromAddress, String fromName, String messageIdDomain,
        @Min(100) Long relayPeriodMs, Duration planAfter, Duration republishAfter, Duration sendingTimeout,
        @Valid Retry retry, boolean allowExternalSmtpOutsideProduction, Duration ownerGoneAfter,
        SentCopies sentCopies) {

    public DispatchProperties {
        fromAddress = fromAddress == null ? "hscp@hants.gov.uk" : fromAddress.strip();
        fromName = fromName == null ? "Hampshire Safeguarding Children Partnership" : fromName.strip();
        messageIdDomain = messageIdDomain == null ? "review-notifier.hscp" : messageIdDomain.strip();
        relayPeriodMs = relayPeriodMs == null ? 10_000L : relayPeriodMs;
        planAfter = planAfter == null ? Duration.ofMinutes(1) : planAfter;
        republishAfter = republishAfter == null ? Duration.ofMinutes(2) : republishAfter;
        sendingTimeout = sendingTimeout == null ? Duration.ofMinutes(15) : sendingTimeout;
        ownerGoneAfter = ownerGoneAfter == null ? Duration.ofMinutes(1) : ownerGoneAfter;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        sentCopies = sentCopies == null ? new SentCopies(null, null, null, null, null, null, null) : sentCopies;
    }

    /**
     * {@code hscp.dispatch.sent-copies}: the extra envelope recipient the mail system files into {@code folder} of
     * the mailbox at {@code host} (see {@link uk.org.hscp.notifier.dispatch.SentCopies}); no address, no copies.
     */
    public record SentCopies(String address, String protocol, String host, Integer port, String username,
            String password, String folder) {

        public SentCopies {
            address = address == null || address.isBlank() ? null : address.strip();
            protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip();
            port = port == null ? ("imaps".equals(protocol) ? 993 : 143) : port;
            folder = folder == null || folder.isBlank() ? "Sent" : folder.strip();
            if (address != null && !uk.org.hscp.notifier.dispatch.Recipients.isAddress(address)) {
                throw new IllegalArgumentException("hscp.dispatch.sent-copies.address is not an e-mail address");
            }
            if (address != null && (host == null || host.isBlank())) {
                throw new IllegalArgumentException("hscp.dispatch.sent-copies.host is not set: where are the copies read?");
            }
        }

        public boolean kept() {
            return address != null;
        }

        @Override
        public String toString() {
            return "SentCopies[" + address + " filed in " + folder + " at " + host + ":" + port + "]";
        }
    }

    /** Exponential back-off after temporary failures; the defaults make 10 attempts over about 4 hours. */
    public record Retry(@Min(1) Integer maxAttempts, Duration initialDelay, Double multiplier, Duration maxDelay) {

        public Retry {
            maxAttempts = maxAttempts == null ? 10 : maxAttempts;
            initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
            multiplier = multiplier == null ? 1.8 : multiplier;
            maxDelay = maxDelay == null ? Duration.ofHours(2) : maxDelay;
        }
    }
}
