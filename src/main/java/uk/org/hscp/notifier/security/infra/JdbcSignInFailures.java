package uk.org.hscp.notifier.security.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.SignInFailures;
import uk.org.hscp.notifier.security.SignInThrottle;

/** The sign_in_failure table: one row a throttle key. */
@Repository
class JdbcSignInFailures implements SignInFailures {

    private final JdbcClient jdbc;

    JdbcSignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignInThrottle.Failures of(String key) {
        return jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failure WHERE throttle_key = :k").param("k", key)
                .query((rs, n) -> new SignInThrottle.Failures(rs.getInt(1),
                        Timestamps.instant(rs.getObject(2, OffsetDateTime.class))))
                .optional().orElse(SignInThrottle.Failures.NONE);
    }

    @Override
    public SignInThrottle.Failures add(String key, Instant now) {
        for (int attempt = 0; ; attempt++) {
            SignInThrottle.Failures next = of(key).plusOneAt(now);
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

    @Override
    public void forget(String... keys) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key IN (:keys)").param("keys", List.of(keys)).update();
    }
}
