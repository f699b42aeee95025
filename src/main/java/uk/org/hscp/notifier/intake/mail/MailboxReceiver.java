package uk.org.hscp.notifier.intake.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.MailboxIntake;
import uk.org.hscp.notifier.intake.RawEmail;
import uk.org.hscp.notifier.platform.Hashes;
import uk.org.hscp.notifier.platform.LogContext;

/**
 * The Camel edge of the mailbox route: takes the fetched message and hands its bytes to {@link MailboxIntake}.
 * A message the journal holds already (read at an earlier poll, or by a peer instance) is not fetched again.
 * {@link MailboxMover} moves it out of the inbox once its outcome is decided.
 */
@Component("mailboxReceiver")
public class MailboxReceiver {

    /** Set by the route template to the mailbox's configured name. */
    public static final String MAILBOX_HEADER = "HscpMailbox";

    private final MailboxIntake intake;
    private final Clock clock;

    MailboxReceiver(MailboxIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** @return the journal id to put on the intake queue, or null when there is nothing to read */
    public String receive(Exchange exchange) throws MessagingException, IOException {
        try {
            return receiveLogged(exchange);
        } finally {
            LogContext.clear();
        }
    }

    private String receiveLogged(Exchange exchange) throws MessagingException, IOException {
        Message message = exchange.getIn().getBody(Message.class);
        String mailbox = exchange.getIn().getHeader(MAILBOX_HEADER, String.class);
        if (message.getFolder() instanceof UIDFolder folder) {
            var known = intake.readAgain(mailbox, PollPrefetch.sourceKey(folder, message));
            if (known.isPresent()) {
                return known.get().readForms() ? Long.toString(known.get().emailId()) : null;
            }
        }
        byte[] bytes = bytesOf(message);
        RawEmail raw = new RawEmail(mailbox, sourceKey(message, bytes), bytes, receivedAt(message));
        MailboxIntake.Receipt receipt = intake.receive(raw);
        return receipt.readForms() ? Long.toString(receipt.emailId()) : null;
    }

    private static byte[] bytesOf(Message message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String sourceKey(Message message, byte[] bytes) throws MessagingException {
        if (message.getFolder() instanceof UIDFolder folder) {
            return PollPrefetch.sourceKey(folder, message);
        }
        return "sha256:" + Hashes.sha256Hex(bytes);
    }

    private Instant receivedAt(Message message) throws MessagingException {
        var received = message.getReceivedDate();
        return received != null ? received.toInstant() : clock.instant();
    }
}
