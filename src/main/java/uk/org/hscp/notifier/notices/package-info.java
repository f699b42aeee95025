/**
 * Where features ask for notices: the kinds of e-mail the service sends and the outbox port that records a request in the caller's transaction.
 */
@ApplicationModule(displayName = "Notices", allowedDependencies = {})
package uk.org.hscp.notifier.notices;

import org.springframework.modulith.ApplicationModule;
