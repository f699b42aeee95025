package uk.org.hscp.notifier.security;

import java.time.Instant;
import java.util.Optional;

/** A staff user as the HSCP team manages them; never the password hash. */
public record StaffUser(String username, String displayName, StaffRole role, Optional<String> agency, boolean enabled,
        Instant createdAt) {
}
