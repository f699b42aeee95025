package uk.org.hscp.notifier.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow the next attempt (plain rule, no framework). Failures are counted in a row per account
 * name (whether or not the account exists, so that the answers tell an attacker nothing) and per client address;
 * a run of failures is forgotten after {@link #FORGET_AFTER} without one, and an account's by its next success.
 *
 * <ul>
 * <li>Account: the first {@value #ACCOUNT_FREE_FAILURES} failures cost nothing (a typo), then the next attempt
 * waits 2^(n-{@value #ACCOUNT_FREE_FAILURES}) seconds (2, 4, … 128 s after the 9th); the {@value #LOCK_AFTER}th
 * locks the account until the HSCP team unlocks it.</li>
 * <li>Client address (a council office may share one): the first {@value #ADDRESS_FREE_FAILURES} failures cost
 * nothing, then each waits 2^(n-{@value #ADDRESS_FREE_FAILURES}) seconds (2, 4, …), at most {@link #MAX_WAIT}.
 * Never locked: a wait blocks every attempt from the address, right password or not.</li>
 * </ul>
 */
public final class SignInThrottle {

    public static final int LOCK_AFTER = 10;
    public static final int ACCOUNT_FREE_FAILURES = 2;
    public static final int ADDRESS_FREE_FAILURES = 10;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(24);

    /** What the service knows of one account name or one address: failures in a row and the last one. */
    public record Failures(int count, Instant last) {

        public static final Failures NONE = new Failures(0, Instant.EPOCH);

        /** These failures as they stand at {@code now}: none if the last is older than {@link #FORGET_AFTER}. */
        public Failures asOf(Instant now) {
            return count == 0 || !last.plus(FORGET_AFTER).isAfter(now) ? NONE : this;
        }

        public Failures plusOneAt(Instant now) {
            return new Failures(asOf(now).count() + 1, now);
        }
    }

    private SignInThrottle() {
    }

    /** The wait after an account's {@code failures} failures in a row. */
    public static Duration accountWait(int failures) {
        return failures <= ACCOUNT_FREE_FAILURES ? Duration.ZERO : doubling(failures - ACCOUNT_FREE_FAILURES);
    }

    /** The wait after an address's {@code failures} failures in a row. */
    public static Duration addressWait(int failures) {
        return failures <= ADDRESS_FREE_FAILURES ? Duration.ZERO : doubling(failures - ADDRESS_FREE_FAILURES);
    }

    public static boolean locks(int accountFailures) {
        return accountFailures >= LOCK_AFTER;
    }

    /** How long an attempt at {@code now} must still wait, or zero: the longer of the account's and the address's. */
    public static Duration waitAt(Instant now, Failures account, Failures address) {
        Failures a = account.asOf(now);
        Failures b = address.asOf(now);
        Duration accountLeft = remaining(now, a.last().plus(accountWait(a.count())));
        Duration addressLeft = remaining(now, b.last().plus(addressWait(b.count())));
        return accountLeft.compareTo(addressLeft) >= 0 ? accountLeft : addressLeft;
    }

    private static Duration remaining(Instant now, Instant until) {
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration doubling(int exponent) {
        return exponent >= 10 ? MAX_WAIT : min(Duration.ofSeconds(1L << exponent), MAX_WAIT);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
