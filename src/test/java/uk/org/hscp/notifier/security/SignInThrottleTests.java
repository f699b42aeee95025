package uk.org.hscp.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.org.hscp.notifier.security.SignInThrottle.Failures;

class SignInThrottleTests {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest(name = "{0} failures: account waits {1} s, address {2} s, locked {3}")
    @CsvSource(textBlock = """
            0,  0,   0, false
            1,  0,   0, false
            2,  0,   0, false
            3,  2,   0, false
            4,  4,   0, false
            9,  128, 0, false
            10, 256, 0, true
            11, 512, 2, true
            12, 900, 4, true
            20, 900, 900, true
            """)
    void eachFailureDoublesTheWaitAndTheTenthLocksTheAccount(int failures, long accountSeconds, long addressSeconds,
            boolean locks) {
        assertThat(SignInThrottle.accountWait(failures)).isEqualTo(Duration.ofSeconds(accountSeconds));
        assertThat(SignInThrottle.addressWait(failures)).isEqualTo(Duration.ofSeconds(addressSeconds));
        assertThat(SignInThrottle.locks(failures)).isEqualTo(locks);
    }

    @Test
    void anAttemptWaitsForTheLongerOfTheAccountsAndTheAddresssWaitCountedFromTheLastFailure() {
        Failures account = new Failures(4, NOW.minusSeconds(1));     // 4 s after the 4th failure
        Failures address = new Failures(12, NOW.minusSeconds(1));    // 4 s after the 12th

        assertThat(SignInThrottle.waitAt(NOW, account, Failures.NONE)).isEqualTo(Duration.ofSeconds(3));
        assertThat(SignInThrottle.waitAt(NOW, Failures.NONE, address)).isEqualTo(Duration.ofSeconds(3));
        assertThat(SignInThrottle.waitAt(NOW.plusSeconds(3), account, address)).isEqualTo(Duration.ZERO);
        assertThat(SignInThrottle.waitAt(NOW, new Failures(2, NOW), Failures.NONE)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aRunOfFailuresIsForgottenADayAfterTheLast() {
        Failures nine = new Failures(9, NOW);

        assertThat(nine.plusOneAt(NOW.plus(Duration.ofHours(23))).count()).isEqualTo(10);
        assertThat(nine.plusOneAt(NOW.plus(Duration.ofHours(24))).count()).isEqualTo(1);
        assertThat(SignInThrottle.waitAt(NOW.plus(Duration.ofDays(1)), nine, Failures.NONE)).isEqualTo(Duration.ZERO);
    }
}
