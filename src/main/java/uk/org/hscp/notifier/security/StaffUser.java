package uk.org.hscp.notifier.security;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff user as the HSCP team manages them; never the password hash. {@code lockedAt}: locked after too many
 * failed sign-ins, until the team unlocks them; {@code breakGlass}: may still sign in with a local password when
 * single sign-on is configured.
 */
public record StaffUser(String username, String displayName, StaffRole role, Optional<String> agency, boolean enabled,
        Instant createdAt, Optional<Instant> lockedAt, boolean breakGlass) {
}
