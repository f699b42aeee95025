package uk.org.hscp.notifier.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes a copy of a sample form whose bytes differ (so the service takes it for another form, not a DUPLICATE)
 * while every reader still reads it the same: a ZIP comment in a .docx, a PDF comment after a .pdf's end, trailing
 * bytes after a .doc.
 */
public final class DistinctForms {

    private DistinctForms() {
    }

    public static byte[] vary(byte[] file, String name, String mark) {
        byte[] bytes = mark.getBytes(StandardCharsets.US_ASCII);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return withZipComment(file, bytes);
        }
        if (lower.endsWith(".pdf")) {
            return concat(file, ("\n%" + mark + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return concat(file, bytes);
    }

    /** The End of Central Directory record ends the archive; its last field is the comment's length. */
    public static byte[] withZipComment(byte[] zip, byte[] comment) {
        int eocd = zip.length - 22;
        while (eocd >= 0 && !(zip[eocd] == 0x50 && zip[eocd + 1] == 0x4b && zip[eocd + 2] == 0x05 && zip[eocd + 3] == 0x06)) {
            eocd--;
        }
        if (eocd < 0) {
            throw new IllegalArgumentException("Not a ZIP archive");
        }
        byte[] out = new byte[eocd + 22 + comment.length];
        System.arraycopy(zip, 0, out, 0, eocd + 20);
        out[eocd + 20] = (byte) comment.length;
        out[eocd + 21] = (byte) (comment.length >> 8);
        System.arraycopy(comment, 0, out, eocd + 22, comment.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
