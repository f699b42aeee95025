package uk.org.hscp.notifier.dispatch.infra;

import java.net.URI;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.anonymise.Anonymiser;
import uk.org.hscp.notifier.anonymise.CaseSource;
import uk.org.hscp.notifier.anonymise.DeadlineSource;
import uk.org.hscp.notifier.anonymise.EmailSource;
import uk.org.hscp.notifier.dispatch.DispatchSettings;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.dispatch.RetryPolicy;

/** Turns config/recipients.yml and {@code hscp.dispatch} into validated rules; a bad entry stops start-up. */
@Configuration
@EnableConfigurationProperties({DispatchProperties.class, RecipientsProperties.class, NoticesProperties.class})
class DispatchConfiguration {

    @Bean
    Recipients recipients(RecipientsProperties recipients, NoticesProperties notices) {
        Map<String, List<String>> to = new LinkedHashMap<>();
        notices(notices).forEach((kind, notice) -> to.put(kind, notice.to()));
        return new Recipients(recipients.roles(), recipients.ligMemberAgencies(), to);
    }

    @Bean
    RetryPolicy retryPolicy(DispatchProperties properties) {
        var retry = properties.retry();
        return new RetryPolicy(retry.maxAttempts(), retry.initialDelay(), retry.multiplier(), retry.maxDelay());
    }

    @Bean
    DispatchSettings dispatchSettings(DispatchProperties properties, NoticesProperties notices) {
        Map<NoticeKind, String> timescales = new EnumMap<>(NoticeKind.class);
        byKind(notices).forEach((kind, notice) -> {
            if (notice.timescale() != null && !notice.timescale().isBlank()) {
                timescales.put(kind, notice.timescale().strip());
            }
        });
        return new DispatchSettings(properties.fromAddress(), properties.fromName(), properties.messageIdDomain(),
                properties.planAfter(), properties.republishAfter(), properties.sendingTimeout(),
                properties.ownerGoneAfter(), timescales);
    }

    @Bean
    Anonymiser anonymiser(CaseSource cases, DeadlineSource deadlines, EmailSource emails, NoticesProperties notices,
            @Value("${hscp.web.base-url:http://localhost:8080}") String baseUrl, ZoneId zone) {
        Map<NoticeKind, Anonymiser.Wording> wording = new EnumMap<>(NoticeKind.class);
        byKind(notices).forEach((kind, notice) -> {
            if (notice.whatToDo() == null || notice.whatToDo().isBlank()) {
                throw new Recipients.InvalidRecipients("hscp.notices." + kind + ".what-to-do: missing");
            }
            wording.put(kind, new Anonymiser.Wording(notice.section(), notice.whatToDo()));
        });
        URI base = URI.create(baseUrl.strip());
        if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
            throw new IllegalStateException("hscp.web.base-url must be an http(s) address, not " + baseUrl);
        }
        return new Anonymiser(cases, deadlines, emails, wording, base, zone);
    }

    private static Map<String, NoticesProperties.Notice> notices(NoticesProperties notices) {
        return notices.notices() == null ? Map.of() : notices.notices();
    }

    private static Map<NoticeKind, NoticesProperties.Notice> byKind(NoticesProperties notices) {
        Map<NoticeKind, NoticesProperties.Notice> byKind = new EnumMap<>(NoticeKind.class);
        notices(notices).forEach((name, notice) -> {
            try {
                byKind.put(NoticeKind.valueOf(name.strip().toUpperCase(Locale.ROOT)), notice);
            } catch (IllegalArgumentException e) {
                throw new Recipients.InvalidRecipients("hscp.notices." + name + ": unknown notice kind");
            }
        });
        for (NoticeKind kind : NoticeKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new Recipients.InvalidRecipients("hscp.notices." + kind + ": missing");
            }
        }
        return byKind;
    }
}
