/**
 * The agencies of config/agencies.yml: their secure mail domains and single addresses (the known senders).
 */
@ApplicationModule(displayName = "Agencies", allowedDependencies = {})
package uk.org.hscp.notifier.agencies;

import org.springframework.modulith.ApplicationModule;
