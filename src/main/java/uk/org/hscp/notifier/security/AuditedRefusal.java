package uk.org.hscp.notifier.security;

import org.springframework.security.access.AccessDeniedException;

/** A refusal whose audit entry is already written (naming the case): the 403 handler does not write another. */
public class AuditedRefusal extends AccessDeniedException {

    public AuditedRefusal(String message) {
        super(message);
    }
}
