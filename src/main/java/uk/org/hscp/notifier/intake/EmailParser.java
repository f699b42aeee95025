package uk.org.hscp.notifier.intake;

/** Reads the bytes of an e-mail. */
public interface EmailParser {

    InboundEmail parse(byte[] raw) throws UnreadableEmailException;
}
