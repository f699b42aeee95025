package uk.org.hscp.notifier.intake.infra;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.intake.EmailParser;
import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.intake.Screening;
import uk.org.hscp.notifier.intake.mail.MimeParser;
import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.intake.MailboxesProperties;

@Configuration
@EnableConfigurationProperties({IntakeProperties.class, MailboxesProperties.class})
class IntakeConfiguration {

    @Bean
    Screening screening(KnownSenders knownSenders, IntakeProperties properties) {
        return new Screening(knownSenders, properties.maxAttachmentBytes());
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
