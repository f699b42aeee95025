package uk.org.hscp.notifier.intake.infra;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.forms.FormReader;
import uk.org.hscp.notifier.intake.EmailParser;
import uk.org.hscp.notifier.intake.FormWorkers;
import uk.org.hscp.notifier.intake.KnownSenders;
import uk.org.hscp.notifier.intake.Screening;
import uk.org.hscp.notifier.intake.mail.MimeParser;

@Configuration
@EnableConfigurationProperties({IntakeProperties.class, IntakeLimitsProperties.class, MailboxesProperties.class, AgenciesProperties.class})
class IntakeConfiguration {

    @Bean
    KnownSenders knownSenders(AgenciesProperties properties) {
        List<AgenciesProperties.AgencyEntry> entries = properties.agencies() == null ? List.of() : properties.agencies();
        if (entries.isEmpty()) {
            throw new IllegalStateException("config/agencies.yml lists no agency: every e-mail would be quarantined");
        }
        return new KnownSenders(entries.stream()
                .map(e -> new KnownSenders.Agency(e.code(), e.name(), e.domains(), e.addresses())).toList());
    }

    @Bean
    Screening screening(KnownSenders knownSenders, IntakeProperties properties) {
        return new Screening(knownSenders, properties.maxAttachmentBytes());
    }

    @Bean
    FormReader formReader() {
        return new FormReader();
    }

    @Bean(destroyMethod = "close")
    FormWorkers formWorkers(FormReader formReader, IntakeLimitsProperties limits) {
        return new FormWorkers(formReader::read, limits.parseThreads(), limits.parseTimeout());
    }

    @Bean
    EmailParser emailParser() {
        return new MimeParser();
    }
}
