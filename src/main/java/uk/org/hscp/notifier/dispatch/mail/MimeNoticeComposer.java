package uk.org.hscp.notifier.dispatch.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.dispatch.DeadlineCalendar;
import uk.org.hscp.notifier.dispatch.MessageComposer;
import uk.org.hscp.notifier.platform.Hashes;

/**
 * Builds the e-mail of one delivery: text and HTML alternatives from the templates, a calendar entry for a
 * reminder, the delivery's own Message-ID (the same on every attempt), and headers that keep auto-responders
 * quiet (RFC 3834). Returns the exact bytes to hand to the relay and their SHA-256.
 */
public final class MimeNoticeComposer implements MessageComposer {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final NoticeTemplates templates;
    private final String uidDomain;

    public MimeNoticeComposer(NoticeTemplates templates, String uidDomain) {
        this.templates = templates;
        this.uidDomain = uidDomain;
    }

    @Override
    public Composed compose(AnonymisedNotice notice, Envelope envelope) {
        NoticeTemplates.Rendered rendered = templates.render(notice);
        try {
            MimeMessage message = new FixedIdMessage(envelope.messageId());
            message.setFrom(new InternetAddress(envelope.fromAddress(), envelope.fromName(), "UTF-8"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(envelope.to(), true));
            message.setSubject(rendered.subject(), "UTF-8");
            message.setSentDate(Date.from(envelope.date()));
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
            message.setHeader("Content-Language", "en-GB");
            if (envelope.inReplyTo() != null && envelope.inReplyTo().matches("<[^<>\\s]+>")) {
                message.setHeader("In-Reply-To", envelope.inReplyTo());
                message.setHeader("References", envelope.inReplyTo());
            }

            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(rendered.text(), "UTF-8", "plain");
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(rendered.html(), "UTF-8", "html");
            alternative.addBodyPart(html);

            var calendar = DeadlineCalendar.entryFor(notice, uidDomain);
            if (calendar.isPresent()) {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                MimeBodyPart ics = new MimeBodyPart();
                ics.setDataHandler(new DataHandler(new ByteArrayDataSource(
                        calendar.get().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
                ics.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=PUBLISH");
                ics.setFileName(DeadlineCalendar.fileName(notice));
                ics.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(ics);
                message.setContent(mixed);
            } else {
                message.setContent(alternative);
            }
            message.saveChanges();
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            byte[] bytes = out.toByteArray();
            return new Composed(rendered.subject(), rendered.text(), bytes, Hashes.sha256Hex(bytes));
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalStateException("The e-mail for notice " + notice.noticeId() + " could not be built", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the delivery's Message-ID: Jakarta Mail would otherwise make a new one on every save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
