package uk.org.hscp.notifier.dispatch.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.org.hscp.notifier.dispatch.OutgoingMail;
import uk.org.hscp.notifier.dispatch.SendOutcome;

/**
 * Sends over SMTP with the relay configured under {@code spring.mail} (the embedded mail server outside the
 * production profile; see OutgoingMailGuard). Keeps the relay's reply: 250 … when accepted, the 4xx/5xx
 * reply when refused. 5xx is permanent; 4xx, no connection, a time-out or failed authentication are
 * temporary (tried again later).
 */
public final class SmtpRelay implements OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpRelay.class);

    private final JavaMailSenderImpl settings;
    private final String protocol;
    /** One Session per envelope sender: making one looks up the mail providers on the class path each time. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** The sent-copies address ({@link uk.org.hscp.notifier.dispatch.SentCopies}), an extra envelope recipient. */
    private final Optional<InternetAddress> copies;

    /**
     * @param settings Spring Boot's mail sender, used for its host, port, credentials and properties
     * @param copiesAddress where the mail system files a copy of each e-mail, if copies are kept
     */
    public SmtpRelay(JavaMailSenderImpl settings, Optional<String> copiesAddress) {
        this.settings = settings;
        this.copies = copiesAddress.map(SmtpRelay::address);
        this.protocol = settings.getProtocol() == null ? "smtp" : settings.getProtocol();
    }

    @Override
    public SendOutcome send(byte[] mime, String envelopeFrom, String recipient) {
        return send(mime, envelopeFrom, recipient, copies);
    }

    private SendOutcome send(byte[] mime, String envelopeFrom, String recipient, Optional<InternetAddress> copy) {
        Session session = sessions.computeIfAbsent(envelopeFrom, this::sessionFor);
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mime));
            InternetAddress to = new InternetAddress(recipient, true);
            transport.sendMessage(message, copy.map(c -> new InternetAddress[] {to, c})
                    .orElseGet(() -> new InternetAddress[] {to}));
            String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
            return new SendOutcome.Sent(reply == null || reply.isBlank() ? "250 accepted" : reply.strip());
        } catch (SendFailedException e) {
            if (copy.isPresent() && refusedOnly(e, copy.get())) {
                // nothing was sent (no partial sends): the recipient without the copy, which a crash cannot trace
                log.warn("The relay refused the sent-copies address ({}); sending without a copy",
                        oneLine(String.valueOf(e.getMessage())));
                return send(mime, envelopeFrom, recipient, Optional.empty());
            }
            return classify(e);
        } catch (MessagingException e) {
            return classify(e);
        }
    }

    /** True when the copies address is the only address the relay refused. */
    private static boolean refusedOnly(SendFailedException failure, InternetAddress copy) {
        var invalid = failure.getInvalidAddresses();
        return invalid != null && invalid.length == 1 && invalid[0].toString().equalsIgnoreCase(copy.getAddress());
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("hscp.dispatch.sent-copies.address is not an e-mail address", e);
        }
    }

    private Session sessionFor(String envelopeFrom) {
        Properties properties = new Properties();
        properties.putAll(settings.getJavaMailProperties());
        properties.setProperty("mail." + protocol + ".from", envelopeFrom);
        return Session.getInstance(properties);
    }

    /** Which failures are worth trying again. */
    static SendOutcome.Failed classify(MessagingException failure) {
        Throwable t = failure;
        int depth = 0;
        while (t != null && depth++ < 10) {
            if (t instanceof SMTPAddressFailedException a) {
                return coded(a.getReturnCode(), a.getMessage());
            }
            if (t instanceof SMTPSenderFailedException s) {
                return coded(s.getReturnCode(), s.getMessage());
            }
            if (t instanceof SMTPSendFailedException s) {
                return coded(s.getReturnCode(), s.getMessage());
            }
            if (t instanceof AuthenticationFailedException) {
                return new SendOutcome.Failed(false, "Authentication with the mail relay failed");
            }
            if (t instanceof SocketTimeoutException) {
                return new SendOutcome.Failed(false, "No answer from the mail relay in time");
            }
            if (t instanceof IOException io) {
                return new SendOutcome.Failed(false, "No connection to the mail relay: " + io.getClass().getSimpleName()
                        + (io.getMessage() == null ? "" : " (" + oneLine(io.getMessage()) + ")"));
            }
            Throwable next = t instanceof SendFailedException sfe && sfe.getNextException() != null
                    ? sfe.getNextException()
                    : t instanceof MessagingException me && me.getNextException() != null ? me.getNextException()
                            : t.getCause();
            t = next == t ? null : next;
        }
        return new SendOutcome.Failed(false, oneLine(String.valueOf(failure.getMessage())));
    }

    private static SendOutcome.Failed coded(int code, String message) {
        String reply = oneLine(message == null ? String.valueOf(code) : message);
        if (!reply.startsWith(Integer.toString(code))) {
            reply = code + " " + reply;
        }
        return new SendOutcome.Failed(code >= 500 && code < 600, reply);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
