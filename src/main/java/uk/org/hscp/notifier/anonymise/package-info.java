/**
 * Turns a notice into an AnonymisedNotice (case reference, pseudonym, what is due): the only input the e-mail templates accept.
 */
@ApplicationModule(displayName = "Anonymise", allowedDependencies = {"notices"})
package uk.org.hscp.notifier.anonymise;

import org.springframework.modulith.ApplicationModule;
