package uk.org.hscp.notifier.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a signed-in member of staff may do, as Spring Security authorities: {@code ROLE_<role>}, and for a
 * LIG member {@code AGENCY_<code>}, the agency whose cases they may read. Local users and OIDC users get
 * the same authorities, so every check reads them the same way.
 */
public final class StaffAuthorities {

    private static final String AGENCY = "AGENCY_";

    private StaffAuthorities() {
    }

    public static List<GrantedAuthority> of(StaffRole role, Optional<String> agency) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        agency.filter(a -> !a.isBlank())
                .ifPresent(a -> authorities.add(new SimpleGrantedAuthority(AGENCY + a.strip().toUpperCase(Locale.ROOT))));
        return authorities;
    }

    public static boolean has(Authentication user, StaffRole role) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** The agency of a LIG member, if the user has one. */
    public static Optional<String> agencyOf(Authentication user) {
        return agencyOf(user == null ? List.of() : user.getAuthorities());
    }

    static Optional<String> agencyOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(AGENCY))
                .map(a -> a.substring(AGENCY.length())).findFirst();
    }
}
