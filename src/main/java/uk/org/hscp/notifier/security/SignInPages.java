package uk.org.hscp.notifier.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * What a sign-in, a failed one and a sign-out do on the pages (and the API's answer to a refused HTTP Basic
 * call): each sign-in and sign-out is audited with the client address (failures are audited by
 * {@link SignInGuard}); the sign-in page says why an attempt failed: wrong details, wait, locked, or use single
 * sign-on.
 */
final class SignInPages implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final AuditTrail audit;
    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SignInPages(AuditTrail audit) {
        this.audit = audit;
        next.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        audit.record(authentication, Action.SIGN_IN, authentication.getName(),
                ClientAddress.withOrigin(authentication instanceof org.springframework.security.oauth2.client.authentication
                        .OAuth2AuthenticationToken ? "single sign-on" : "password"));
        if (StaffAuthorities.has(authentication, StaffRole.AUDITOR) && !StaffAuthorities.has(authentication,
                StaffRole.HSCP_TEAM) && requests.getRequest(request, response) == null) {
            response.sendRedirect(request.getContextPath() + "/deliveries"); // an auditor's first page: no cases
            return;
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            // password failures are audited by SignInGuard; a single sign-on failure here (no account name known)
            audit.record(null, Action.SIGN_IN_FAILED, "single sign-on",
                    ClientAddress.withOrigin(oauth.getError().getErrorCode()));
        }
        String query = exception instanceof SignInGuard.Throttled throttled
                ? "error=wait&seconds=" + Math.max(1, throttled.waitFor().toSeconds())
                : exception instanceof LockedException ? "error=locked"
                : exception instanceof GuardedSignIn.LocalPasswordsOff ? "error=sso" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(authentication, Action.SIGN_OUT, authentication.getName(), ClientAddress.withOrigin(null));
        }
    }

    /** HTTP Basic: 429 with Retry-After while throttled, else 401 as usual. */
    static AuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Safeguarding Review Notifier");
        return (request, response, exception) -> {
            if (exception instanceof SignInGuard.Throttled throttled) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.waitFor().toSeconds())));
                response.sendError(429, "Too many failed sign-ins");
            } else {
                basic.commence(request, response, exception);
            }
        };
    }
}
