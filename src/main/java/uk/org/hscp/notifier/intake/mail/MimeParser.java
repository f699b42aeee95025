package uk.org.hscp.notifier.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import uk.org.hscp.notifier.intake.Attachment;
import uk.org.hscp.notifier.intake.EmailParser;
import uk.org.hscp.notifier.intake.InboundEmail;
import uk.org.hscp.notifier.intake.UnreadableEmailException;
import uk.org.hscp.notifier.platform.Hashes;

/**
 * Turns the bytes of an e-mail into an {@link InboundEmail}: the only place that knows MIME. Opens
 * forwarded messages (message/rfc822) and S/MIME multipart/signed wrappers to find the files inside.
 */
public final class MimeParser implements EmailParser {

    /** Nested messages deeper than this are not opened (a crafted e-mail could nest forever). */
    private static final int MAX_DEPTH = 10;

    private static final Session SESSION = Session.getInstance(sessionProperties());

    @Override
    public InboundEmail parse(byte[] raw) throws UnreadableEmailException {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            List<Attachment> attachments = new ArrayList<>();
            boolean[] report = {false};
            collect(message, attachments, report, 0);
            return new InboundEmail(messageId(message, raw), fromAddress(message), subject(message), attachments,
                    report[0], authenticationResults(message));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableEmailException("The e-mail is not readable MIME: " + e.getClass().getSimpleName(), e);
        }
    }

    private void collect(Part part, List<Attachment> into, boolean[] report, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            if (type.equals("multipart/report") && part.getContentType().toLowerCase(Locale.ROOT)
                    .contains("delivery-status")) {
                report[0] = true;
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into, report, depth + 1);
            }
        } else if (type.equals("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof MimeMessage nested) {
                collect(nested, into, report, depth + 1);
            }
        } else if (isSignature(type) || type.equals("message/delivery-status")) {
            // the signature of a multipart/signed part, or the machine-readable part of a bounce
        } else if (isAttachment(part, type)) {
            into.add(new Attachment(displayName(part), type, readAll(part)));
        }
    }

    private static boolean isAttachment(Part part, String type) throws MessagingException {
        if (part instanceof MimeMessage) {
            return !type.startsWith("text/"); // a message whose whole body is a file
        }
        boolean named = part.getFileName() != null;
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || named || !type.startsWith("text/");
    }

    private static boolean isSignature(String type) {
        return type.equals("application/pkcs7-signature") || type.equals("application/x-pkcs7-signature")
                || type.equals("application/pgp-signature");
    }

    private static byte[] readAll(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The name as the sender gave it, reduced to its last path element and printable characters. */
    static String displayName(Part part) {
        String name;
        try {
            name = part.getFileName();
            name = name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException | RuntimeException e) {
            name = null;
        }
        if (name == null || name.isBlank()) {
            return "attachment";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String printable = last.replaceAll("[\\p{Cntrl}]", "").strip();
        if (printable.isEmpty() || printable.equals(".") || printable.equals("..")) {
            return "attachment";
        }
        return printable.length() > 200 ? printable.substring(0, 200) : printable;
    }

    private static String baseType(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return "text/plain";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String messageId(MimeMessage message, byte[] raw) throws MessagingException {
        String id = message.getMessageID();
        if (id == null || id.isBlank()) {
            return "sha256:" + Hashes.sha256Hex(raw);
        }
        String compact = id.replaceAll("\\s+", "");
        return compact.length() > 998 ? compact.substring(0, 998) : compact;
    }

    private static String fromAddress(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            // two From addresses (or two From fields) name no one sender that a gateway could have vouched for
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress internet
                    && internet.getAddress() != null) {
                return internet.getAddress().strip().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            // an unparseable From is an unknown sender
        }
        return null;
    }

    /** Every Authentication-Results field as written, topmost first (RFC 8601: the gateway's own is on top). */
    private static List<String> authenticationResults(MimeMessage message) throws MessagingException {
        String[] fields = message.getHeader("Authentication-Results");
        return fields == null ? List.of() : List.of(fields);
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ");
        } catch (MessagingException e) {
            return "";
        }
    }

    private static Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        return properties;
    }
}
