package uk.org.hscp.notifier.support;

import java.time.Instant;
import java.time.ZoneId;

import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.util.TestSocketUtils;

@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    static {
        // GreenMail's IMAP server throws now and then on a server thread when a move and an expunge cross; the
        // service polls again, so such an exception is not a failure of the test that happens to be waiting
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    /** Starts at a fixed moment; tests move it. */
    @Bean
    @Primary
    MutableClock testClock(ZoneId zone) {
        return new MutableClock(Instant.parse("2026-11-23T09:00:00Z"), zone);
    }

    @Bean
    static DynamicPropertyRegistrar freeMailPorts() {
        int smtp = TestSocketUtils.findAvailableTcpPort();
        int imap = TestSocketUtils.findAvailableTcpPort();
        return registry -> {
            // config/application.yml takes every mail port from these two placeholders
            registry.add("HSCP_SMTP_PORT", () -> smtp);
            registry.add("HSCP_IMAP_PORT", () -> imap);
        };
    }

    @Bean
    TestMailbox testMailbox(com.icegreen.greenmail.util.GreenMail greenMail) {
        return new TestMailbox(greenMail);
    }
}
