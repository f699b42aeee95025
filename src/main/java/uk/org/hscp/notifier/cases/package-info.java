/**
 * Cases, their references and pseudonyms, the forms kept on them, the case pages and the events API.
 */
@ApplicationModule(displayName = "Cases", allowedDependencies = {"agencies", "anonymise", "audit", "deadlines", "dispatch", "platform", "retention", "security"})
package uk.org.hscp.notifier.cases;

import org.springframework.modulith.ApplicationModule;
