package uk.org.hscp.notifier.intake.infra;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.intake.MailboxesProperties;
import uk.org.hscp.notifier.platform.SettingsBinding;
import uk.org.hscp.notifier.platform.SettingsCheck;

/** The known senders (config/agencies.yml) and the mailboxes, for {@link SettingsCheck}: every bad entry. */
public class IntakeSettings implements SettingsCheck.Part {

    /** config/agencies.yml as written, bound here without the agencies module's own binding. */
    public record Agencies(List<Agency> agencies) {

        public record Agency(String code, String name, List<String> domains, List<String> addresses) {
        }
    }

    @Override
    public List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        Agencies agencies = SettingsBinding.bind(problems, "config/agencies.yml (hscp.agencies)",
                () -> binder.bind("hscp", Agencies.class).orElse(new Agencies(null)));
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
        MailboxesProperties mailboxes = SettingsBinding.bind(problems, "hscp.mailboxes",
                () -> binder.bind("hscp", MailboxesProperties.class).orElse(new MailboxesProperties(null)));
        if (mailboxes != null) {
            problems.addAll(mailboxProblems(mailboxes));
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
}
