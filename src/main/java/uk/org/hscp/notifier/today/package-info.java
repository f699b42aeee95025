/**
 * The Today page: what is overdue or due soon, quarantine waiting, failed deliveries.
 */
@ApplicationModule(displayName = "Today", allowedDependencies = {"cases", "deadlines", "platform", "security"})
package uk.org.hscp.notifier.today;

import org.springframework.modulith.ApplicationModule;
