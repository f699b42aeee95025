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
import uk.org.hscp.notifier.intake.IntakeLimitsProperties;
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

    private final long maxEmailBytes;

    MailboxReceiver(MailboxIntake intake, IntakeLimitsProperties limits, Clock clock) {
        this.maxEmailBytes = limits.maxEmailBytes().toBytes();
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * The e-mail's size (IMAP RFC822.SIZE, fetched with the poll's headers) is read before its body: an e-mail
     * over {@code hscp.intake.max-email-bytes} is journaled from its headers alone and its body is never fetched.
     * A journal write that fails is counted, and after {@code hscp.intake.journal-attempts} polls the e-mail is
     * moved to Quarantine instead of being read again for ever.
     *
     * @return the journal id to put on the intake queue, or null when there is nothing to read
     */
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
        long size = message.getSize();
        boolean tooLarge = size > maxEmailBytes;
        byte[] bytes = tooLarge ? headerBytesOf(message) : bytesOf(message);
        RawEmail raw = new RawEmail(mailbox, sourceKey(message, bytes), bytes, receivedAt(message));
        MailboxIntake.Receipt receipt;
        try {
            receipt = tooLarge ? intake.receiveTooLarge(raw, size, maxEmailBytes) : intake.receive(raw);
        } catch (RuntimeException e) {
            receipt = intake.journalingFailed(raw, e);
        }
        return receipt.readForms() ? Long.toString(receipt.emailId()) : null;
    }

    private static byte[] bytesOf(Message message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    /** The header block as the server sent it (fetched with the poll), then the blank line; no body. */
    private static byte[] headerBytesOf(Message message) throws MessagingException {
        StringBuilder headers = new StringBuilder();
        if (message instanceof jakarta.mail.internet.MimeMessage mime) {
            for (String line : java.util.Collections.list(mime.getAllHeaderLines())) {
                headers.append(line).append("\r\n");
            }
        }
        headers.append("\r\n");
        return headers.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
