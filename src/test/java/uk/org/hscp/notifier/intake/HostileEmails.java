package uk.org.hscp.notifier.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;


import uk.org.hscp.notifier.support.TestMailbox;

/** Hostile and odd e-mails, made as raw bytes in the test (nothing big is committed). */
final class HostileEmails {

    private HostileEmails() {
    }

    static String headers(String from, String subject, String messageId) {
        StringBuilder s = new StringBuilder();
        s.append("From: ").append(from).append("\r\n");
        s.append("To: ").append(TestMailbox.ADDRESS).append("\r\n");
        s.append("Subject: ").append(subject).append("\r\n");
        s.append("Date: Mon, 23 Nov 2026 09:00:00 +0000\r\n");
        if (messageId != null) {
            s.append("Message-ID: ").append(messageId).append("\r\n");
        }
        s.append("MIME-Version: 1.0\r\n");
        return s.toString();
    }

    static byte[] plain(String from, String subject, String messageId) {
        return latin1(headers(from, subject, messageId) + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n");
    }

    /** Raw 8-bit bytes that are not UTF-8, and an encoded word whose bytes are not valid in its charset. */
    static byte[] invalidUtf8(String from, String subject) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(latin1("From: " + from + "\r\nTo: " + TestMailbox.ADDRESS + "\r\nSubject: " + subject + " "));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, ' '});
        out.writeBytes(latin1("=?UTF-8?B?" + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80, (byte) 0xC0}) + "?= =?UTF-16BE?B?2AA=?=\r\n"));
        out.writeBytes(latin1("Message-ID: <bytes-" + System.nanoTime() + "@hampshire.police.uk>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, '\r', '\n'});
        return out.toByteArray();
    }

    /** multipart/mixed inside multipart/mixed, {@code depth} times, a file at the bottom. */
    static byte[] nested(String from, String subject, int depth) {
        StringBuilder s = new StringBuilder(headers(from, subject, "<nested-" + System.nanoTime() + "@x.test>"));
        s.append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 1; i < depth; i++) {
            s.append("--b").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i)
                    .append("\"\r\n\r\n");
        }
        s.append("--b").append(depth - 1).append("\r\nContent-Type: application/pdf; name=deep.pdf\r\n\r\n%PDF-1.4 x\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            s.append("--b").append(i).append("--\r\n");
        }
        return latin1(s.toString());
    }

    static byte[] manyAttachments(String from, String subject, int count) {
        StringBuilder s = new StringBuilder(headers(from, subject, "<many-" + System.nanoTime() + "@x.test>"));
        s.append("Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n");
        for (int i = 0; i < count; i++) {
            s.append("--m\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f")
                    .append(i).append(".bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getEncoder().encodeToString(("file " + i).getBytes(StandardCharsets.US_ASCII)))
                    .append("\r\n");
        }
        s.append("--m--\r\n");
        return latin1(s.toString());
    }

    /** An e-mail forwarding an e-mail forwarding an e-mail ... {@code depth} times (message/rfc822). */
    static byte[] forwardedChain(String from, String subject, int depth) {
        String inner = "From: someone@else.test\r\nSubject: innermost\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n";
        for (int i = 0; i < depth - 1; i++) {
            inner = "From: someone@else.test\r\nSubject: fwd " + i + "\r\nContent-Type: message/rfc822\r\n\r\n" + inner;
        }
        return latin1(headers(from, subject, "<chain-" + System.nanoTime() + "@x.test>")
                + "Content-Type: message/rfc822\r\n\r\n" + inner);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
