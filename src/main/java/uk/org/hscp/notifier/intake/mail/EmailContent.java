package uk.org.hscp.notifier.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * What staff read of a journaled e-mail: its headers (decoded) and its first plain-text part, cut to a page's
 * length. Attachments are listed from the intake's own parser; nothing here is ever opened as a file.
 */
public final class EmailContent {

    public static final int MAX_BODY_CHARS = 50_000;
    private static final int MAX_DEPTH = 10;
    private static final Session SESSION = Session.getInstance(new Properties());

    public record HeaderLine(String name, String value) {
    }

    public record Readable(List<HeaderLine> headers, String plainText) {
    }

    private EmailContent() {
    }

    /** Empty headers and body when the bytes are not readable MIME (the reason on the page says so). */
    public static Readable of(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            List<HeaderLine> headers = new ArrayList<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new HeaderLine(header.getName(), decoded(header.getValue())));
            }
            String body = firstPlainText(message, 0);
            if (body != null && body.length() > MAX_BODY_CHARS) {
                body = body.substring(0, MAX_BODY_CHARS) + "\n[… cut: download the .eml for the rest]";
            }
            return new Readable(headers, body);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new Readable(List.of(), null);
        }
    }

    private static String firstPlainText(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = firstPlainText(multipart.getBodyPart(i), depth + 1);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String decoded(String value) {
        if (value == null) {
            return "";
        }
        String unfolded = value.replaceAll("\r?\n[ \t]+", " ");
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException e) {
            return unfolded;
        }
    }
}
