package uk.org.hscp.notifier.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

import uk.org.hscp.notifier.cli.DueCommand;
import uk.org.hscp.notifier.cli.ParseCommand;

/**
 * The jar's command-line tools ({@code java -jar review-notifier.jar parse FILE},
 * {@code due TIMESCALE_ID FROM [--publication DATE]}, {@code audit-verify}). They start no mail
 * server, broker or web server: they run before the service's Spring context is started ({@code audit-verify}
 * opens only a connection to the service's database).
 */
public final class Commands {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

    private Commands() {
    }

    /** @return the exit status, or empty when the arguments name no command (start the service) */
    public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "parse" -> {
                quietLibraries();
                yield Optional.of(ParseCommand.run(rest, out, err, LocalDate.now(Clock.system(LONDON))));
            }
            case "due" -> Optional.of(DueCommand.run(rest, out, err));
            case "audit-verify" -> {
                // commons-logging would find spring-jcl by discovery and say so on stdout: name the factory instead
                if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
                    System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
                }
                quietLibraries();
                yield Optional.of(AuditVerifyCommand.run(rest, out, err));
            }
            default -> Optional.empty();
        };
    }

    /** POI and PDFBox log warnings about odd documents; a command's output must stay clean. */
    private static void quietLibraries() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.ERROR);
        }
    }
}
