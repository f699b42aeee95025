package uk.org.hscp.notifier.intake;


import uk.org.hscp.notifier.platform.Hashes;

/**
 * A file found anywhere in an e-mail (nested messages and signed parts included). The name is for
 * display only and is never used as a path.
 */
public record Attachment(String displayName, String contentType, byte[] bytes) {

    public String sha256() {
        return Hashes.sha256Hex(bytes);
    }

    public long size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Attachment[" + contentType + ", " + bytes.length + " bytes]";
    }

}
