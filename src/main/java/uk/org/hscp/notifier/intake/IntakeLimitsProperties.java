package uk.org.hscp.notifier.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits that keep a hostile e-mail from stalling or exhausting intake (docs/hostile-input.md). Bound from
 * {@code hscp.intake} beside {@link IntakeProperties}.
 *
 * @param maxEmailBytes   an e-mail over this (its IMAP RFC822.SIZE) is not fetched: EMAIL_TOO_LARGE
 * @param parseTimeout    the longest the forms of one e-mail may take to read
 * @param parseThreads    the workers that read forms (each e-mail's files on one of them)
 * @param journalAttempts polls at which an e-mail may fail to be journaled before it is moved to Quarantine
 */
@Validated
@ConfigurationProperties("hscp.intake")
public record IntakeLimitsProperties(DataSize maxEmailBytes, Duration parseTimeout, Integer parseThreads,
        Integer journalAttempts) {

    public IntakeLimitsProperties {
        maxEmailBytes = maxEmailBytes == null ? DataSize.ofMegabytes(30) : maxEmailBytes;
        parseTimeout = parseTimeout == null ? Duration.ofSeconds(30) : parseTimeout;
        parseThreads = parseThreads == null ? 2 : Math.max(1, parseThreads);
        journalAttempts = journalAttempts == null ? 3 : Math.max(1, journalAttempts);
    }
}
