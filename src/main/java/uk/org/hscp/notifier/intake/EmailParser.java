package uk.org.hscp.notifier.intake;

/** Reads the bytes of an e-mail. */
public interface EmailParser {

    /** The e-mail with every file in it decoded. */
    InboundEmail parse(byte[] raw) throws UnreadableEmailException;

    /**
     * The e-mail's headers and MIME structure only: no file is decoded and {@code attachments} is empty. What
     * screening needs to decide about a sender before anything it sent is opened.
     */
    default InboundEmail parseHeaders(byte[] raw) throws UnreadableEmailException {
        InboundEmail whole = parse(raw);
        return new InboundEmail(whole.messageId(), whole.fromAddress(), whole.subject(), java.util.List.of(),
                whole.deliveryStatusReport());
    }
}
