package uk.org.hscp.notifier.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * Every local sign-in, on the sign-in page and by HTTP Basic on the API alike: the {@link SignInGuard} first
 * (locked, or waiting after failures), then the password (bcrypt), then, where single sign-on is configured, only
 * break-glass accounts may use a password. The password is checked before that last rule, so that its answer
 * tells nobody without the password which accounts are break-glass.
 */
final class GuardedSignIn implements AuthenticationProvider {

    /** A right password, but single sign-on is configured and the account is not break-glass. */
    static final class LocalPasswordsOff extends AuthenticationException {

        LocalPasswordsOff() {
            super("Sign in with single sign-on");
        }
    }

    private final AuthenticationProvider passwords;
    private final SignInGuard guard;
    private final StaffUsers users;
    private final boolean singleSignOn;

    GuardedSignIn(AuthenticationProvider passwords, SignInGuard guard, StaffUsers users, boolean singleSignOn) {
        this.passwords = passwords;
        this.guard = guard;
        this.users = users;
        this.singleSignOn = singleSignOn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : ClientAddress.current().orElse("unknown");
        guard.beforeAttempt(username, address);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            guard.failed(username, address);
            throw e;
        } catch (AccountStatusException e) {
            guard.refused(username, address, e instanceof org.springframework.security.authentication.DisabledException
                    ? "account disabled" : "account not usable");
            throw e;
        }
        if (singleSignOn && !users.find(username).map(StaffUser::breakGlass).orElse(false)) {
            guard.refused(username, address, "local password while single sign-on is configured (not break-glass)");
            throw new LocalPasswordsOff();
        }
        guard.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
