/**
 * The page layout, sign-in page, GOV.UK Frontend assets and error pages shared by every staff page.
 */
@ApplicationModule(displayName = "Web layout", allowedDependencies = {})
package uk.org.hscp.notifier.web;

import org.springframework.modulith.ApplicationModule;
