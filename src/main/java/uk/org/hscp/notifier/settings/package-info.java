/**
 * The read-only Settings page: the configuration in words.
 */
@ApplicationModule(displayName = "Settings", allowedDependencies = {"agencies", "deadlines", "dispatch", "intake"})
package uk.org.hscp.notifier.settings;

import org.springframework.modulith.ApplicationModule;
