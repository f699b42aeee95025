package uk.org.hscp.notifier.support;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

import uk.org.hscp.notifier.security.StaffUsers;
import uk.org.hscp.notifier.security.StaffRole;

/** Staff users for tests, created once per database. */
public final class StaffLogins {

    public static final String PASSWORD = "correct horse battery staple";

    private StaffLogins() {
    }

    public static void ensure(StaffUsers users, PasswordEncoder encoder, String username, StaffRole role,
            Optional<String> agency) {
        if (!users.exists(username)) {
            users.create(username, username, encoder.encode(PASSWORD), role, agency);
        }
    }
}
