package uk.org.hscp.notifier.dispatch.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.dispatch.SendOutcome;

class SmtpRelayTests {

    @Test
    void aFiveHundredReplyIsPermanent() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@ofsted.gov.uk"), "RCPT TO", 550,
                "550 5.1.1 User unknown");
        var failure = new SendFailedException("Invalid Addresses", refused);

        SendOutcome.Failed outcome = SmtpRelay.classify(failure);

        assertThat(outcome.permanent()).isTrue();
        assertThat(outcome.smtpReply()).isEqualTo("550 5.1.1 User unknown");
    }

    @Test
    void aFourHundredReplyIsTemporary() throws Exception {
        var busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 Try again later", null, null, null, null);

        SendOutcome.Failed outcome = SmtpRelay.classify(busy);

        assertThat(outcome.permanent()).isFalse();
        assertThat(outcome.smtpReply()).isEqualTo("451 4.3.0 Try again later");
    }

    @Test
    void noConnectionAndFailedAuthenticationAreTemporary() {
        var refused = new MailConnectException(new SocketConnectException("Connection refused",
                new ConnectException("Connection refused"), "localhost", 2525, 10000));
        assertThat(SmtpRelay.classify(refused).permanent()).isFalse();
        assertThat(SmtpRelay.classify(refused).smtpReply()).contains("No connection to the mail relay");

        assertThat(SmtpRelay.classify(new AuthenticationFailedException("535 5.7.8 bad credentials")).permanent())
                .isFalse();
        assertThat(SmtpRelay.classify(new MessagingException("something odd")).permanent()).isFalse();
    }
}
