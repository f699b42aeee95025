/**
 * The jar's subcommands (parse, due) that start no server.
 */
@ApplicationModule(displayName = "Command line", allowedDependencies = {"audit", "deadlines", "forms"})
package uk.org.hscp.notifier.cli;

import org.springframework.modulith.ApplicationModule;
