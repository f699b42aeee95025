/**
 * Staff users, sign-in and roles (HSCP team, LIG member of an agency, auditor), and the Staff users page.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"agencies", "audit", "dispatch", "platform"})
package uk.org.hscp.notifier.security;

import org.springframework.modulith.ApplicationModule;
