/**
 * Plans notices into deliveries (config/recipients.yml), sends them over SMTP through Artemis with retries, and follows bounces.
 */
@ApplicationModule(displayName = "Dispatch", allowedDependencies = {"anonymise", "notices", "platform"})
package uk.org.hscp.notifier.dispatch;

import org.springframework.modulith.ApplicationModule;
