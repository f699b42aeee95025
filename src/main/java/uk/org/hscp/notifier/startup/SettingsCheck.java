package uk.org.hscp.notifier.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.deadlines.BankHolidays;
import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.dispatch.infra.NoticesProperties;
import uk.org.hscp.notifier.dispatch.infra.RecipientsProperties;
import uk.org.hscp.notifier.dispatch.mail.OutgoingMailGuard;
import uk.org.hscp.notifier.intake.KnownSenders;
import uk.org.hscp.notifier.intake.infra.AgenciesProperties;
import uk.org.hscp.notifier.intake.infra.MailboxesProperties;

/**
 * Checks every operator-edited setting before any part of the service starts, and stops start-up with one
 * message naming every bad setting: config/recipients.yml (and, in production, every address still at a
 * placeholder domain), config/agencies.yml, the mailboxes, config/timescales.yml and config/bank-holidays.yml,
 * and the production profile's environment variables. An operator fixes them all in one go instead of one per
 * attempt. The parts check their own settings again as they start (a second line, never reached when this
 * passes).
 */
@Component
public class SettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    /** Settings the production profile takes from the environment, with the variable that gives each. */
    private static final Map<String, String> PRODUCTION_SETTINGS = productionSettings();

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
    }

    /** Thrown at start-up; the message lists every bad setting, one a line. */
    public static final class InvalidSettings extends IllegalStateException {

        private final List<String> problems;

        InvalidSettings(List<String> problems) {
            super(problems.size() + " setting(s) to put right before the service can start:\n  - "
                    + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Every bad setting, each naming where it is; empty when the service may start. */
    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        boolean production = environment.acceptsProfiles(Profiles.of("production"));
        boolean realRecipients = environment.acceptsProfiles(Profiles.of("production & !compose"));

        if (production) {
            PRODUCTION_SETTINGS.forEach((key, variable) -> {
                try {
                    String value = environment.getProperty(key);
                    if (value == null || value.isBlank()) {
                        problems.add(key + " is not set (environment variable " + variable + ")");
                    }
                } catch (IllegalArgumentException unresolved) {
                    problems.add(key + " is not set (environment variable " + variable + ")");
                }
            });
        }

        RecipientsProperties recipients = bind(problems, "config/recipients.yml (hscp.recipients)",
                () -> binder.bind("hscp.recipients", RecipientsProperties.class).orElse(new RecipientsProperties(null, null)));
        NoticesProperties notices = bind(problems, "config/recipients.yml (hscp.notices)",
                () -> binder.bind("hscp", NoticesProperties.class).orElse(new NoticesProperties(null)));
        if (recipients != null && notices != null) {
            Map<String, List<String>> to = new LinkedHashMap<>();
            if (notices.notices() != null) {
                notices.notices().forEach((kind, notice) -> to.put(kind, notice == null ? null : notice.to()));
            }
            try {
                new Recipients(recipients.roles(), recipients.ligMemberAgencies(), to);
            } catch (Recipients.InvalidRecipients e) {
                problems.addAll(e.problems());
            }
            String smtpHost = quietly(() -> environment.getProperty("spring.mail.host"));
            boolean allowExternal = Boolean.parseBoolean(quietly(
                    () -> environment.getProperty("hscp.dispatch.allow-external-smtp-outside-production", "false")));
            if (smtpHost != null || realRecipients) {
                problems.addAll(OutgoingMailGuard.problems(realRecipients, smtpHost, allowExternal, addresses(recipients)));
            }
        }

        AgenciesProperties agencies = bind(problems, "config/agencies.yml (hscp.agencies)",
                () -> binder.bind("hscp", AgenciesProperties.class).orElse(new AgenciesProperties(null)));
        if (agencies != null) {
            if (agencies.agencies() == null || agencies.agencies().isEmpty()) {
                problems.add("config/agencies.yml lists no agency: every e-mail would be quarantined");
            } else {
                for (int i = 0; i < agencies.agencies().size(); i++) {
                    var entry = agencies.agencies().get(i);
                    try {
                        new KnownSenders.Agency(entry.code(), entry.name(), entry.domains(), entry.addresses());
                    } catch (IllegalArgumentException e) {
                        problems.add("config/" + e.getMessage() + " (hscp.agencies[" + i + "])");
                    }
                }
            }
        }

        MailboxesProperties mailboxes = bind(problems, "hscp.mailboxes",
                () -> binder.bind("hscp", MailboxesProperties.class).orElse(new MailboxesProperties(null)));
        if (mailboxes != null) {
            problems.addAll(mailboxProblems(mailboxes));
        }

        try {
            TimescaleCatalogue.load();
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        try {
            BankHolidays.load();
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        return problems;
    }

    static List<String> mailboxProblems(MailboxesProperties properties) {
        List<String> problems = new ArrayList<>();
        if (properties.mailboxes() == null || properties.mailboxes().isEmpty()) {
            problems.add("hscp.mailboxes: no mailbox is configured: no e-mail would be read");
            return problems;
        }
        for (int i = 0; i < properties.mailboxes().size(); i++) {
            var mailbox = properties.mailboxes().get(i);
            String where = "hscp.mailboxes[" + i + "]";
            if (mailbox.name() == null || !mailbox.name().matches("[a-z0-9-]+")) {
                problems.add(where + ".name: lower-case letters, digits and - (was '" + mailbox.name() + "')");
            }
            if (mailbox.protocol() == null || !mailbox.protocol().matches("imaps?")) {
                problems.add(where + ".protocol: imaps (or imap for the embedded mail server), not '"
                        + mailbox.protocol() + "'");
            }
            if (mailbox.host() == null || mailbox.host().isBlank()) {
                problems.add(where + ".host: missing");
            }
            if (mailbox.port() < 1 || mailbox.port() > 65535) {
                problems.add(where + ".port: 1 to 65535, not " + mailbox.port());
            }
            if (mailbox.username() == null || mailbox.username().isBlank()) {
                problems.add(where + ".username: missing");
            }
        }
        return problems;
    }

    /** Every configured address with the entry it comes from (valid or not: the placeholder rule reads them all). */
    private static Map<String, String> addresses(RecipientsProperties recipients) {
        Map<String, String> all = new LinkedHashMap<>();
        if (recipients.roles() != null) {
            recipients.roles().forEach((role, list) -> {
                if (list != null) {
                    list.stream().filter(a -> a != null).forEach(a -> all.putIfAbsent(a.strip(), "hscp.recipients.roles." + role));
                }
            });
        }
        if (recipients.ligMemberAgencies() != null) {
            recipients.ligMemberAgencies().forEach((code, list) -> {
                if (list != null) {
                    list.stream().filter(a -> a != null)
                            .forEach(a -> all.putIfAbsent(a.strip(), "hscp.recipients.lig-member-agencies." + code));
                }
            });
        }
        return all;
    }

    private static <T> T bind(List<String> problems, String what, Supplier<T> binding) {
        try {
            return binding.get();
        } catch (BindException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            problems.add(what + ": " + (e.getProperty() == null ? "" : e.getProperty().getName() + ": ")
                    + cause.getMessage());
            return null;
        } catch (RuntimeException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
    }

    private static String quietly(Supplier<String> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }

    private static Map<String, String> productionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "HSCP_DB_URL");
        settings.put("spring.datasource.username", "HSCP_DB_USER");
        settings.put("spring.artemis.broker-url", "HSCP_BROKER_URL");
        settings.put("spring.mail.host", "HSCP_SMTP_HOST");
        settings.put("hscp.mailboxes[0].host", "HSCP_IMAP_HOST");
        settings.put("hscp.mailboxes[0].username", "HSCP_MAILBOX_USER");
        settings.put("hscp.web.base-url", "HSCP_BASE_URL");
        return settings;
    }
}
