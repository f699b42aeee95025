/**
 * How long personal data is kept (config/retention.yml): the daily purge, legal holds and the Retention page.
 */
@ApplicationModule(displayName = "Retention", allowedDependencies = {"audit", "platform"})
package uk.org.hscp.notifier.retention;

import org.springframework.modulith.ApplicationModule;
