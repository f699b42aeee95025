package uk.org.hscp.notifier.dispatch.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what matters of an e-mail that may be about one of the service's own: its Message-ID, the ids it
 * refers to (In-Reply-To, References, Original-Message-ID in its header or in the report's per-message fields,
 * the returned message's headers), whether it is auto-submitted, and for a delivery status notification
 * (RFC 3464) each recipient's action, status and diagnostic.
 */
final class DeliveryReportReader {

    /** One per-recipient block of message/delivery-status. */
    record RecipientStatus(String originalRecipient, String finalRecipient, String action, String status,
            String diagnostic) {

        String recipient() {
            return originalRecipient != null ? originalRecipient : finalRecipient;
        }

        boolean failed() {
            return "failed".equalsIgnoreCase(action);
        }

        @Override
        public String toString() {
            return "RecipientStatus[" + action + " " + status + "]";
        }
    }

    record Report(String messageId, Set<String> referencedMessageIds, boolean autoSubmitted,
            List<RecipientStatus> recipients) {
    }

    private static final Session SESSION = Session.getInstance(properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_DEPTH = 6;

    private DeliveryReportReader() {
    }

    static Report read(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        Set<String> referenced = new LinkedHashSet<>();
        addIds(message.getHeader("In-Reply-To"), referenced);
        addIds(message.getHeader("References"), referenced);
        addIds(message.getHeader("Original-Message-ID"), referenced);
        addIds(message.getHeader("X-Original-Message-ID"), referenced);
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        boolean auto = autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no");
        List<RecipientStatus> recipients = new ArrayList<>();
        walk(message, referenced, recipients, 0);
        String id = message.getMessageID();
        return new Report(id == null ? null : id.replaceAll("\\s+", ""), referenced, auto, recipients);
    }

    private static void walk(Part part, Set<String> referenced, List<RecipientStatus> recipients, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), referenced, recipients, depth + 1);
                }
            }
        } else if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
            String body = text(part);
            recipients.addAll(statuses(body));
            Map<String, String> perMessage = fields(body.replace("\r\n", "\n").split("\n[ \t]*\n")[0]);
            for (String field : List.of("original-message-id", "x-original-message-id")) {
                if (perMessage.containsKey(field)) {
                    addIds(new String[] {perMessage.get(field)}, referenced);
                }
            }
        } else if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")
                || type.equals("message/global") || type.equals("message/global-headers")) {
            try (InputStream in = part.getInputStream()) {
                InternetHeaders headers = new InternetHeaders(in);
                addIds(headers.getHeader("Message-ID"), referenced);
            }
        }
    }

    /** The per-recipient blocks (the first block holds the per-message fields). */
    static List<RecipientStatus> statuses(String body) {
        List<RecipientStatus> statuses = new ArrayList<>();
        String[] blocks = body.replace("\r\n", "\n").split("\n[ \t]*\n");
        for (int i = 1; i < blocks.length; i++) {
            Map<String, String> fields = fields(blocks[i]);
            if (fields.containsKey("action") || fields.containsKey("final-recipient")) {
                statuses.add(new RecipientStatus(address(fields.get("original-recipient")),
                        address(fields.get("final-recipient")), fields.get("action"), fields.get("status"),
                        fields.get("diagnostic-code")));
            }
        }
        return statuses;
    }

    private static Map<String, String> fields(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        String unfolded = block.replaceAll("\n[ \t]+", " ");
        for (String line : unfolded.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /** {@code rfc822; someone@example.org} → {@code someone@example.org}. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String value = (semicolon < 0 ? field : field.substring(semicolon + 1)).strip();
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
    }

    private static void addIds(String[] values, Set<String> into) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            Matcher matcher = MESSAGE_ID.matcher(value);
            while (matcher.find()) {
                into.add(matcher.group());
            }
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8);
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return "text/plain";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        return properties;
    }
}
