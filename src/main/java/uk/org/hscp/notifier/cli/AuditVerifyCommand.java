package uk.org.hscp.notifier.cli;

import java.io.PrintStream;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.audit.AuditChain;
import uk.org.hscp.notifier.audit.AuditChainCheck;

/**
 * {@code audit-verify [--spring.datasource.url=… …]}: checks the audit trail's hash chain and prints whether it is
 * intact or the id of the first entry changed or removed. Unlike {@code parse} and {@code due} it needs the
 * database: it reads the same settings as the service ({@code config/application.yml}, the active profile, the
 * environment) but starts only a connection pool, nothing else. Exit 0 intact, 1 broken, 2 could not check.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    /** Only the DataSource of the service's settings. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class DatabaseOnly {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        SpringApplication application = new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("spring.main.register-shutdown-hook=false").build();
        // the logging set-up stays the caller's (Commands quietens the libraries): Spring's would reset it
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            return verify(context.getBean(DataSource.class), out, err);
        } catch (RuntimeException e) {
            err.println("audit-verify: could not check the audit trail: " + rootMessage(e));
            return 2;
        }
    }

    /** The command's work on a given database. */
    public static int verify(DataSource dataSource, PrintStream out, PrintStream err) {
        AuditChainCheck.Result result;
        try {
            result = AuditChain.on(dataSource).verify();
        } catch (RuntimeException e) {
            err.println("audit-verify: could not check the audit trail: " + rootMessage(e));
            return 2;
        }
        out.println(result.describe());
        return result.intact() ? 0 : 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
