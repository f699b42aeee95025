/**
 * The Reports page and API: the annual report's figures, statutory timescales kept, agency responses and notices
 * sent, as tables, CSV and server-drawn SVG charts; counts only, no case named.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"audit", "deadlines", "deliverylog", "dispatch",
        "platform"})
package uk.org.hscp.notifier.reports;

import org.springframework.modulith.ApplicationModule;
