package uk.org.hscp.notifier.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.ClientAddress;

/**
 * Every 403, pages and API alike, is audited (DENIED, the path as subject: paths carry references and ids, never a
 * name), unless it was audited where it was decided ({@link AuditedRefusal}); then the usual 403 answer.
 */
final class RefusalAudit implements AccessDeniedHandler {

    private static final int MAX_SUBJECT = 200;

    private final AuditTrail audit;
    private final AccessDeniedHandler next = new AccessDeniedHandlerImpl();

    RefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (!(refusal instanceof AuditedRefusal)) {
            String path = request.getMethod() + " " + request.getRequestURI();
            audit.record(SecurityContextHolder.getContext().getAuthentication(), AuditTrail.Action.DENIED,
                    path.length() > MAX_SUBJECT ? path.substring(0, MAX_SUBJECT) : path,
                    "not for this role; from " + ClientAddress.of(request));
        }
        next.handle(request, response, refusal);
    }
}
