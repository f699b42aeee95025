/**
 * The secure mailboxes: every e-mail journaled whole, screened, its forms read into cases, quarantine.
 */
@ApplicationModule(displayName = "Intake", allowedDependencies = {"agencies", "anonymise", "audit", "cases", "deadlines", "dispatch", "forms", "notices", "platform"})
package uk.org.hscp.notifier.intake;

import org.springframework.modulith.ApplicationModule;
