package uk.org.hscp.notifier.audit;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from, for the audit trail: the client's IP address (behind the council's proxy, the
 * address it forwards: {@code server.forward-headers-strategy: framework} in production).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The address of the request being served on this thread, if any. */
    public static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** An audit entry's detail with where the request came from: {@code "form 12; from 10.0.0.7"}. */
    public static String withOrigin(String detail) {
        String from = "from " + current().orElse("no request");
        return detail == null || detail.isBlank() ? from : detail + "; " + from;
    }
}
