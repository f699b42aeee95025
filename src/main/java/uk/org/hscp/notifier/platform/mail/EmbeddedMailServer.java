package uk.org.hscp.notifier.platform.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail server standing in for the secure mailbox (IMAP) and the SMTP relay, so the service runs
 * with no setup. Every e-mail the service sends lands in it; nothing reaches a real address.
 */
@Configuration
@ConditionalOnProperty(name = "hscp.embedded-mail.enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedMailProperties.class)
class EmbeddedMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(EmbeddedMailProperties properties) {
        var smtp = new ServerSetup(properties.smtpPort(), properties.bindAddress(), ServerSetup.PROTOCOL_SMTP);
        var imap = new ServerSetup(properties.imapPort(), properties.bindAddress(), ServerSetup.PROTOCOL_IMAP);
        var greenMail = new NoDelayGreenMail(new ServerSetup[] {smtp, imap});
        for (var user : properties.users()) {
            greenMail.setUser(user.address(), user.address(), user.password());
        }
        return greenMail;
    }
}
