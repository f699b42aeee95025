package uk.org.hscp.notifier.forms;

/** A file's format told from its first bytes (never from its name or declared content type). */
enum DocumentFormat {
    /** A ZIP archive, such as an Office Open XML (.docx) document. */
    ZIP,
    /** An OLE2 compound file: Word 97 (.doc), or an encrypted Office Open XML document. */
    OLE2,
    PDF,
    OTHER;

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    static DocumentFormat of(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8))) {
            return ZIP;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return OLE2;
        }
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return PDF;
            }
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
