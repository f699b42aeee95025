/**
 * The delivery log read model: pages, JSON and CSV.
 */
@ApplicationModule(displayName = "Delivery log", allowedDependencies = {"agencies", "audit", "cases", "dispatch", "notices", "platform"})
package uk.org.hscp.notifier.deliverylog;

import org.springframework.modulith.ApplicationModule;
