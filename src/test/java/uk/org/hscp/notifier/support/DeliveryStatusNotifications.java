package uk.org.hscp.notifier.support;

import java.io.ByteArrayOutputStream;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Bounces as a mail server writes them (RFC 3464 multipart/report; report-type=delivery-status). */
public final class DeliveryStatusNotifications {

    private DeliveryStatusNotifications() {
    }

    public static byte[] failed(String originalMessageId, String recipient, String originalSubject) {
        return failed(null, originalMessageId, recipient, originalSubject);
    }

    public static byte[] failed(String originalMessageIdField, String returnedMessageId, String recipient,
            String originalSubject) {
        return failed("mx.ofsted.gov.uk", originalMessageIdField, returnedMessageId, recipient, originalSubject);
    }

    /**
     * @param reportingHost          the mail server that writes the report (its MAILER-DAEMON sends it)
     * @param originalMessageIdField the per-message {@code Original-Message-ID} of the report, or null
     * @param returnedMessageId      the Message-ID in the returned headers, or null for none
     */
    public static byte[] failed(String reportingHost, String originalMessageIdField, String returnedMessageId,
            String recipient, String originalSubject) {
        try {
            MimeMessage dsn = new MimeMessage(Session.getInstance(new Properties()));
            dsn.setFrom("MAILER-DAEMON@" + reportingHost);
            dsn.setRecipients(jakarta.mail.Message.RecipientType.TO, "hscp@hants.gov.uk");
            dsn.setSubject("Undelivered Mail Returned to Sender");
            dsn.setHeader("Auto-Submitted", "auto-replied");

            MimeBodyPart human = new MimeBodyPart();
            human.setText("This is the mail system at host " + reportingHost + ".\n\nI'm sorry to have to inform you that "
                    + "your message could not be delivered to one or more recipients.\n");

            MimeBodyPart status = new MimeBodyPart(new InternetHeaders(), (
                    "Reporting-MTA: dns; " + reportingHost + "\r\n"
                    + (originalMessageIdField == null ? "" : "Original-Message-ID: " + originalMessageIdField + "\r\n")
                    + "Arrival-Date: Mon, 23 Nov 2026 09:00:01 +0000\r\n"
                    + "\r\n"
                    + "Original-Recipient: rfc822;" + recipient + "\r\n"
                    + "Final-Recipient: rfc822; " + recipient + "\r\n"
                    + "Action: failed\r\n"
                    + "Status: 5.1.1\r\n"
                    + "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected:\r\n"
                    + "    User unknown in virtual mailbox table\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            status.setHeader("Content-Type", "message/delivery-status");

            MimeBodyPart returned = new MimeBodyPart(new InternetHeaders(), (
                    "From: Hampshire Safeguarding Children Partnership <hscp@hants.gov.uk>\r\n"
                    + "To: " + recipient + "\r\n"
                    + "Subject: " + originalSubject + "\r\n"
                    + (returnedMessageId == null ? "" : "Message-ID: " + returnedMessageId + "\r\n")
                    + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            returned.setHeader("Content-Type", "text/rfc822-headers");

            MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
            report.addBodyPart(human);
            report.addBodyPart(status);
            report.addBodyPart(returned);
            dsn.setContent(report);
            dsn.saveChanges();
            var out = new ByteArrayOutputStream();
            dsn.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
