/**
 * The clock, configuration files, broker settings and the embedded mail server: what every module stands on.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package uk.org.hscp.notifier.platform;

import org.springframework.modulith.ApplicationModule;
