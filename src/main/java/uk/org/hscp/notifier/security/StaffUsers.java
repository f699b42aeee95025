package uk.org.hscp.notifier.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;

/** Staff who sign in, with bcrypt password hashes; {@link #loadUserByUsername} is Spring Security's look-up. */
public interface StaffUsers extends UserDetailsService {

    boolean exists(String username);

    void create(String username, String displayName, String passwordHash, StaffRole role, Optional<String> agency);

    /** Everyone who can sign in, or could: by role, then username. */
    List<StaffUser> all();

    Optional<StaffUser> find(String username);

    void setPasswordHash(String username, String passwordHash);

    void setEnabled(String username, boolean enabled);

    /** Locks the user (too many failed sign-ins); false if there is no such user or they were locked already. */
    boolean lock(String username);

    void unlock(String username);

    void setBreakGlass(String username, boolean breakGlass);
}
