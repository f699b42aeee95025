/**
 * LIG meetings, attendance and quorum; moving one rechecks the deadlines counted from it.
 */
@ApplicationModule(displayName = "LIG meetings", allowedDependencies = {"agencies", "audit", "deadlines", "dispatch", "platform"})
package uk.org.hscp.notifier.meetings;

import org.springframework.modulith.ApplicationModule;
