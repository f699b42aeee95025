package uk.org.hscp.notifier.dispatch;

/** The SMTP relay. Sends the bytes as they are: what is hashed and logged is exactly what was handed over. */
public interface OutgoingMail {

    SendOutcome send(byte[] mime, String envelopeFrom, String recipient);
}
