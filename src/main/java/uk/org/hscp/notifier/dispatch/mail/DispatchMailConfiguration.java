package uk.org.hscp.notifier.dispatch.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.dispatch.BounceHandler;
import uk.org.hscp.notifier.dispatch.DeliveryBounces;
import uk.org.hscp.notifier.dispatch.DeliveryAlerts;
import uk.org.hscp.notifier.dispatch.DispatchSettings;
import uk.org.hscp.notifier.dispatch.MessageComposer;
import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.dispatch.OutgoingMail;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.dispatch.SentCopies;
import uk.org.hscp.notifier.dispatch.infra.DispatchProperties;
import uk.org.hscp.notifier.platform.BackgroundHealthCheck;
import uk.org.hscp.notifier.platform.HealthCheckTiming;
import uk.org.hscp.notifier.platform.ConfigFiles;

/** The mail side of dispatch: templates, composer, SMTP relay, bounce handling, and the start-up checks. */
@Configuration
class DispatchMailConfiguration {

    @Bean
    NoticeTemplates noticeTemplates(Clock clock) {
        NoticeTemplates templates = new NoticeTemplates(
                Path.of(System.getProperty(ConfigFiles.CONFIG_DIR_PROPERTY, "config")));
        checkEveryTemplate(templates, ZonedDateTime.now(clock));
        return templates;
    }

    @Bean
    MessageComposer messageComposer(NoticeTemplates templates, DispatchSettings settings) {
        return new MimeNoticeComposer(templates, settings.messageIdDomain());
    }

    @Bean
    OutgoingMail outgoingMail(JavaMailSenderImpl mailSender, Environment environment, DispatchProperties properties,
            Recipients recipients) {
        // the production profile sends to real recipients; docker-compose's production-like run (profile compose)
        // keeps every e-mail in its own mail server, so it may keep the placeholder addresses
        boolean realRecipients = environment.acceptsProfiles(Profiles.of("production & !compose"));
        OutgoingMailGuard.check(realRecipients, mailSender.getHost(),
                properties.allowExternalSmtpOutsideProduction(), recipients.everyAddress());
        return new SmtpRelay(mailSender, properties.sentCopies().kept()
                ? java.util.Optional.of(properties.sentCopies().address()) : java.util.Optional.empty());
    }

    @Bean
    SentCopies sentCopies(DispatchProperties properties) {
        return properties.sentCopies().kept() ? new ImapSentCopies(properties.sentCopies()) : SentCopies.none();
    }

    /**
     * "relay" in /actuator/health: does the SMTP relay answer? Checked in the background, one connection every
     * {@code hscp.health.refresh} however often health is asked, and never holding a request ({@link
     * BackgroundHealthCheck}; Boot's own check, {@code management.health.mail.enabled}, connects on every request:
     * it is off).
     */
    @Bean("relay")
    HealthIndicator mailHealthIndicator(JavaMailSenderImpl mailSender, HealthCheckTiming timing) {
        return timing.inBackground(new MailHealthIndicator(mailSender));
    }

    @Bean
    BounceHandler bounceHandler(DeliveryBounces deliveries, DeliveryAlerts alerts, Clock clock) {
        return new MailboxBounceHandler(deliveries, alerts, clock);
    }

    /** A template that does not render stops start-up, naming it. */
    private static void checkEveryTemplate(NoticeTemplates templates, ZonedDateTime now) {
        for (NoticeKind kind : NoticeKind.values()) {
            var sample = new AnonymisedNotice(kind, 0, "HSCP-0000-0000", "Child A", 7,
                    new AnonymisedNotice.Deadline(0, "Sample deadline", "0.0", "HSCP team", now.plusDays(3), 0,
                            "BEFORE_DUE"),
                    "0.0", "Sample", List.of("Sample line"), java.net.URI.create("http://localhost/cases/HSCP-0000-0000"),
                    java.net.URI.create("http://localhost"), "HSCP_TEAM", now, now);
            try {
                var rendered = templates.render(sample);
                if (rendered.subject().isBlank()) {
                    throw new IllegalStateException("the subject is empty");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("config/templates/" + NoticeTemplates.templateName(kind)
                        + ".txt/.html cannot be rendered: " + Optional.ofNullable(e.getMessage()).orElse(e.toString()), e);
            }
        }
    }
}
