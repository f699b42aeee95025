package uk.org.hscp.notifier.security;

import java.time.Instant;

/**
 * Failed sign-ins counted per throttle key (an account name or a client address), shared by every instance.
 */
public interface SignInFailures {

    /** The key's run of failures; {@link SignInThrottle.Failures#NONE} when there is none. */
    SignInThrottle.Failures of(String key);

    /** Counts one more failure of the key at {@code now}; returns the run so far. */
    SignInThrottle.Failures add(String key, Instant now);

    /** Ends the runs of these keys. */
    void forget(String... keys);
}
