/**
 * Who did or viewed what, when.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"platform"})
package uk.org.hscp.notifier.audit;

import org.springframework.modulith.ApplicationModule;
