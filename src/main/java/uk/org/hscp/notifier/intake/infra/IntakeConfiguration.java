package uk.org.hscp.notifier.intake.infra;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.intake.EmailParser;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.intake.ReplyLimit;
import uk.org.hscp.notifier.intake.FormSenders;
import uk.org.hscp.notifier.intake.Screening;
import uk.org.hscp.notifier.intake.SenderAuthentication;
import uk.org.hscp.notifier.intake.mail.MimeParser;
import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.intake.MailboxesProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeProperties.class, MailboxesProperties.class})
class IntakeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

    @Bean
    SenderAuthentication senderAuthentication(IntakeProperties properties, Environment environment) {
        var settings = properties.senderAuthentication();
        // docker-compose's production-like run (profile compose) reads its own GreenMail, which stamps nothing
        if (environment.acceptsProfiles(Profiles.of("production & !compose"))) {
            SenderAuthentication.checkForProduction(settings.mode(), settings.authservIds());
        }
        if (settings.mode() == SenderAuthentication.Mode.OFF) {
            log.warn("Sender authentication is OFF (hscp.intake.sender-authentication.mode): an e-mail counts as from"
                    + " an agency by its From address alone, which anyone can forge. Only for the embedded mail server;"
                    + " see docs/trust-at-the-door.md");
        } else {
            log.info("Sender authentication required; trusted authserv-ids: {}", settings.authservIds());
        }
        return new SenderAuthentication(settings.mode(), settings.authservIds());
    }

    @Bean
    Screening screening(KnownSenders knownSenders, SenderAuthentication senderAuthentication,
            IntakeProperties properties) {
        return new Screening(knownSenders, senderAuthentication, properties.maxAttachmentBytes());
    }

    @Bean
    FormSenders formSenders(KnownSenders knownSenders, IntakeProperties properties) {
        return new FormSenders(knownSenders, properties.hscpTeamSenders());
    }

    @Bean
    ReplyLimit replyLimit(JdbcClient jdbc, Notices notices, IntakeProperties properties, Clock clock) {
        return new ReplyLimit(new JdbcReplyCounts(jdbc), notices, properties.repliesPerSenderPerHour(), clock);
    }

    @Bean
    FormReader formReader() {
        return new FormReader();
    }

    @Bean
    EmailParser emailParser() {
        return new MimeParser();
    }
}
