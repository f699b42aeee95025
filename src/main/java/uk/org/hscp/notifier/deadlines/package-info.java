/**
 * The working-day calendar, the timescale catalogue, deadlines and their reminders (Quartz).
 */
@ApplicationModule(displayName = "Deadlines", allowedDependencies = {"anonymise", "dispatch", "notices", "platform"})
package uk.org.hscp.notifier.deadlines;

import org.springframework.modulith.ApplicationModule;
