package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    /** The defaults of config/application.yml. */
    final RetryPolicy defaults = new RetryPolicy(10, Duration.ofMinutes(1), 1.8, Duration.ofHours(2));

    @Test
    void theDefaultsMakeTenAttemptsOverAboutFourHours() {
        assertThat(defaults.schedule()).hasSize(9);
        assertThat(defaults.span()).isBetween(Duration.ofMinutes(225), Duration.ofMinutes(270));
    }

    @Test
    void eachWaitGrowsByTheMultiplierUpToTheCap() {
        assertThat(defaults.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.delayAfter(2)).isEqualTo(Duration.ofMillis(108_000));
        assertThat(defaults.delayAfter(3)).isEqualTo(Duration.ofMillis(194_400));
        assertThat(defaults.schedule()).isSorted();

        var capped = new RetryPolicy(20, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(30));
        assertThat(capped.delayAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(capped.delayAfter(19)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theNextAttemptIsDueAfterTheWaitAndThereIsNoneAfterTheLast() {
        Instant failedAt = Instant.parse("2026-11-23T09:00:00Z");
        assertThat(defaults.nextAttempt(1, failedAt)).contains(Instant.parse("2026-11-23T09:01:00Z"));
        assertThat(defaults.nextAttempt(9, failedAt)).isPresent();
        assertThat(defaults.nextAttempt(10, failedAt)).isEmpty();
    }

    @Test
    void aMeaninglessSettingStopsStartUp() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), 1.8, Duration.ofHours(2)))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetryPolicy(10, Duration.ofMinutes(1), 0.5, Duration.ofHours(2)))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(10, Duration.ofHours(3), 1.8, Duration.ofHours(2)))
                .hasMessageContaining("max-delay");
    }
}
