package uk.org.hscp.notifier.dispatch.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.dispatch.mail.OutgoingMailGuard;
import uk.org.hscp.notifier.platform.SettingsBinding;
import uk.org.hscp.notifier.platform.SettingsCheck;

/** config/recipients.yml for {@link SettingsCheck}: every bad entry, and in production every placeholder left. */
public class RecipientsSettings implements SettingsCheck.Part {

    @Override
    public List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        RecipientsProperties recipients = SettingsBinding.bind(problems, "config/recipients.yml (hscp.recipients)",
                () -> binder.bind("hscp.recipients", RecipientsProperties.class).orElse(new RecipientsProperties(null, null)));
        NoticesProperties notices = SettingsBinding.bind(problems, "config/recipients.yml (hscp.notices)",
                () -> binder.bind("hscp", NoticesProperties.class).orElse(new NoticesProperties(null)));
        if (recipients == null || notices == null) {
            return problems;
        }
        Map<String, List<String>> to = new LinkedHashMap<>();
        if (notices.notices() != null) {
            notices.notices().forEach((kind, notice) -> to.put(kind, notice == null ? null : notice.to()));
        }
        try {
            new Recipients(recipients.roles(), recipients.ligMemberAgencies(), to);
        } catch (Recipients.InvalidRecipients e) {
            problems.addAll(e.problems());
        }
        // as DispatchMailConfiguration decides: the production profile sends to real recipients
        boolean realRecipients = environment.acceptsProfiles(Profiles.of("production & !compose"));
        String smtpHost = SettingsBinding.quietly(() -> environment.getProperty("spring.mail.host"));
        boolean allowExternal = Boolean.parseBoolean(SettingsBinding.quietly(
                () -> environment.getProperty("hscp.dispatch.allow-external-smtp-outside-production", "false")));
        if (smtpHost != null || realRecipients) {
            problems.addAll(OutgoingMailGuard.problems(realRecipients, smtpHost, allowExternal, addresses(recipients)));
        }
        return problems;
    }

    /** Every configured address with the entry it comes from (valid or not: the placeholder rule reads them all). */
    private static Map<String, String> addresses(RecipientsProperties recipients) {
        Map<String, String> all = new LinkedHashMap<>();
        if (recipients.roles() != null) {
            recipients.roles().forEach((role, list) -> {
                if (list != null) {
                    list.stream().filter(a -> a != null)
                            .forEach(a -> all.putIfAbsent(a.strip(), "hscp.recipients.roles." + role));
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
}
