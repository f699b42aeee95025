package uk.org.hscp.notifier.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;

/**
 * Failed sign-ins, counted in the database (so every instance sees the same counts) per account name and per
 * client address, and what they cost ({@link SignInThrottle}): a wait before the next attempt, then a lock. Every
 * failure, refusal and lock is audited, with the account name tried as the subject and the client address.
 */
@Component
public class SignInGuard {

    /** An attempt made before the wait after the last failures was over. */
    public static final class Throttled extends AuthenticationException {

        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many failed sign-ins: try again in " + wait.toSeconds() + " s");
            this.wait = wait;
        }

        public Duration waitFor() {
            return wait;
        }
    }

    private static final int MAX_SUBJECT = 100;

    private final SignInFailures failures;
    private final StaffUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SignInGuard(SignInFailures failures, StaffUsers users, AuditTrail audit, Clock clock) {
        this.failures = failures;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Throws when the account is locked, or when the account or the address must still wait. */
    public void beforeAttempt(String username, String address) {
        Instant now = clock.instant();
        SignInThrottle.Failures account = failures.of(accountKey(username)).asOf(now);
        if (SignInThrottle.locks(account.count()) || users.find(username).flatMap(StaffUser::lockedAt).isPresent()) {
            refused(username, address, "account locked");
            throw new LockedException("Account locked");
        }
        Duration wait = SignInThrottle.waitAt(now, account, failures.of(addressKey(address)));
        if (!wait.isZero()) {
            refused(username, address, "throttled, " + wait.toSeconds() + " s to wait");
            throw new Throttled(wait);
        }
    }

    /** A wrong password (or an unknown account): counted for the account and the address; the 10th locks. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        SignInThrottle.Failures account = failures.add(accountKey(username), now);
        failures.add(addressKey(address), now);
        audit.record(null, Action.SIGN_IN_FAILED, subject(username),
                "wrong username or password, " + account.count() + " in a row; from " + address);
        if (SignInThrottle.locks(account.count())) {
            users.lock(username);
            audit.record(null, Action.LOCK_USER, subject(username),
                    SignInThrottle.LOCK_AFTER + " failed sign-ins in a row; from " + address);
        }
    }

    /** Refused for another reason than the password (disabled, locked, waiting, local password not allowed). */
    public void refused(String username, String address, String why) {
        audit.record(null, Action.SIGN_IN_FAILED, subject(username), why + "; from " + address);
    }

    /** A right password: the account's run of failures ends, and the address's. */
    public void succeeded(String username, String address) {
        failures.forget(accountKey(username), addressKey(address));
    }

    /** The HSCP team lifts a lock: the account's failures are forgotten. */
    public void unlock(String username) {
        users.unlock(username);
        failures.forget(accountKey(username));
    }

    /** Whether the account name is locked now (by the user's row or by its failures, known account or not). */
    public boolean isLocked(String username) {
        return users.find(username).flatMap(StaffUser::lockedAt).isPresent()
                || SignInThrottle.locks(failures.of(accountKey(username)).asOf(clock.instant()).count());
    }

    private static String accountKey(String username) {
        return "account:" + subject(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String subject(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > MAX_SUBJECT ? name.substring(0, MAX_SUBJECT) : name;
    }
}
