package uk.org.hscp.notifier.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.platform.Timestamps;

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

    private final JdbcClient jdbc;
    private final JdbcStaffUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SignInGuard(JdbcClient jdbc, JdbcStaffUsers users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Throws when the account is locked, or when the account or the address must still wait. */
    public void beforeAttempt(String username, String address) {
        Instant now = clock.instant();
        SignInThrottle.Failures account = failures(accountKey(username)).asOf(now);
        if (SignInThrottle.locks(account.count()) || users.find(username).flatMap(StaffUser::lockedAt).isPresent()) {
            refused(username, address, "account locked");
            throw new LockedException("Account locked");
        }
        Duration wait = SignInThrottle.waitAt(now, account, failures(addressKey(address)));
        if (!wait.isZero()) {
            refused(username, address, "throttled, " + wait.toSeconds() + " s to wait");
            throw new Throttled(wait);
        }
    }

    /** A wrong password (or an unknown account): counted for the account and the address; the 10th locks. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        SignInThrottle.Failures account = add(accountKey(username), now);
        add(addressKey(address), now);
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
        jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key IN (:a, :b)")
                .param("a", accountKey(username)).param("b", addressKey(address)).update();
    }

    /** The HSCP team lifts a lock: the account's failures are forgotten. */
    public void unlock(String username) {
        users.unlock(username);
        jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = :a").param("a", accountKey(username)).update();
    }

    /** Whether the account name is locked now (by the user's row or by its failures, known account or not). */
    public boolean isLocked(String username) {
        return users.find(username).flatMap(StaffUser::lockedAt).isPresent()
                || SignInThrottle.locks(failures(accountKey(username)).asOf(clock.instant()).count());
    }

    private SignInThrottle.Failures failures(String key) {
        return jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failure WHERE throttle_key = :k").param("k", key)
                .query((rs, n) -> new SignInThrottle.Failures(rs.getInt(1),
                        Timestamps.instant(rs.getObject(2, OffsetDateTime.class))))
                .optional().orElse(SignInThrottle.Failures.NONE);
    }

    private SignInThrottle.Failures add(String key, Instant now) {
        for (int attempt = 0; ; attempt++) {
            SignInThrottle.Failures next = failures(key).plusOneAt(now);
            int updated = jdbc.sql("UPDATE sign_in_failure SET failures = :n, last_failure_at = :at WHERE throttle_key = :k")
                    .param("n", next.count()).param("at", Timestamps.utc(now)).param("k", key).update();
            if (updated > 0) {
                return next;
            }
            try {
                jdbc.sql("INSERT INTO sign_in_failure (throttle_key, failures, last_failure_at) VALUES (:k, :n, :at)")
                        .param("k", key).param("n", next.count()).param("at", Timestamps.utc(now)).update();
                return next;
            } catch (DuplicateKeyException e) {
                if (attempt > 2) {
                    throw e;
                }
                // another instance counted a failure of the same key at the same moment: count again
            }
        }
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
