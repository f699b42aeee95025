package uk.org.hscp.notifier.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.intake.InboundEmail;

/** What the parser hands to sender authentication: one From address or none, every Authentication-Results in order. */
class MimeParserSenderTests {

    private final MimeParser parser = new MimeParser();

    @Test
    void keepsEveryAuthenticationResultsFieldTopmostFirstAsWritten() throws Exception {
        InboundEmail email = parser.parse(("Authentication-Results: mx.hants.gov.uk;\r\n"
                + "\tdmarc=pass header.from=hants.gov.uk\r\n"
                + "Received: from mx.attacker.example\r\n"
                + "Authentication-Results: mx.attacker.example; dmarc=pass header.from=hants.gov.uk\r\n"
                + "ARC-Authentication-Results: i=1; mx.microsoft.com 1; dmarc=pass header.from=hants.gov.uk\r\n"
                + "From: Jo <jo@hants.gov.uk>\r\nSubject: x\r\nMessage-ID: <1@hants.gov.uk>\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(email.authenticationResults()).hasSize(2);
        assertThat(email.authenticationResults().get(0)).startsWith("mx.hants.gov.uk;").contains("dmarc=pass");
        assertThat(email.authenticationResults().get(1)).startsWith("mx.attacker.example;");
        assertThat(email.fromAddress()).isEqualTo("jo@hants.gov.uk");
    }

    @Test
    void twoFromAddressesOrTwoFromFieldsNameNoSender() throws Exception {
        InboundEmail twoAddresses = parser.parse(("From: a@attacker.example, jo@hants.gov.uk\r\nSubject: x\r\n"
                + "Message-ID: <2@x>\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII));
        InboundEmail twoFields = parser.parse(("From: jo@hants.gov.uk\r\nFrom: a@attacker.example\r\nSubject: x\r\n"
                + "Message-ID: <3@x>\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(twoAddresses.fromAddress()).isNull();
        assertThat(twoFields.fromAddress()).isNull();
        assertThat(twoFields.authenticationResults()).isEmpty();
    }
}
