package uk.org.hscp.notifier.forms.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException.Kind;

/**
 * Checks a ZIP archive's central directory before anything is inflated: the number of entries, each
 * entry's declared size, the total and the compression ratio. A truncated archive (no central directory)
 * is refused too. POI's {@code ZipSecureFile} limits guard the inflation itself, in case the declared
 * sizes lie.
 */
public final class ZipGuard {

    /** More entries than any Word form has (a form has about twenty). */
    public static final int MAX_ENTRIES = 1000;
    /** Largest expanded size of one entry. */
    public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** Largest expanded size of the whole archive. */
    public static final long MAX_TOTAL_SIZE = 200L * 1024 * 1024;
    /** Entries larger than this must not compress more than {@link #MAX_RATIO} to one. */
    public static final long RATIO_FLOOR = 1024L * 1024;
    public static final long MAX_RATIO = 100;

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_EOCD_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL_HEADER = 0x02014b50;

    private ZipGuard() {
    }

    /** Returns the entry names after checking the archive, without inflating anything. */
    public static List<String> check(byte[] zip) throws UnusableDocumentException {
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = findEndOfCentralDirectory(zip);
        if (eocd < 0) {
            throw unreadable("the file is incomplete (the ZIP archive has no central directory)");
        }
        long entries = Short.toUnsignedLong(buf.getShort(eocd + 10));
        long cdOffset = Integer.toUnsignedLong(buf.getInt(eocd + 16));
        if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
            int locator = eocd - 20;
            if (locator < 0 || buf.getInt(locator) != ZIP64_EOCD_LOCATOR) {
                throw unreadable("the ZIP archive's directory is damaged");
            }
            long zip64 = buf.getLong(locator + 8);
            if (zip64 < 0 || zip64 > zip.length - 56 || buf.getInt((int) zip64) != ZIP64_EOCD) {
                throw unreadable("the ZIP archive's directory is damaged");
            }
            entries = buf.getLong((int) zip64 + 32);
            cdOffset = buf.getLong((int) zip64 + 48);
        }
        if (entries > MAX_ENTRIES) {
            throw unreadable("the ZIP archive holds too many files to be a form");
        }
        if (cdOffset < 0 || cdOffset >= zip.length) {
            throw unreadable("the file is incomplete (the ZIP archive's directory points past its end)");
        }
        List<String> names = new ArrayList<>();
        long total = 0;
        int pos = (int) cdOffset;
        for (long i = 0; i < entries; i++) {
            if (pos + 46 > zip.length || buf.getInt(pos) != CENTRAL_HEADER) {
                throw unreadable("the ZIP archive's directory is damaged");
            }
            long compressed = Integer.toUnsignedLong(buf.getInt(pos + 20));
            long size = Integer.toUnsignedLong(buf.getInt(pos + 24));
            int nameLength = Short.toUnsignedInt(buf.getShort(pos + 28));
            int extraLength = Short.toUnsignedInt(buf.getShort(pos + 30));
            int commentLength = Short.toUnsignedInt(buf.getShort(pos + 32));
            if (pos + 46 + nameLength + extraLength > zip.length) {
                throw unreadable("the ZIP archive's directory is damaged");
            }
            if (size == 0xFFFFFFFFL || compressed == 0xFFFFFFFFL) {
                long[] sizes = zip64Sizes(buf, pos + 46 + nameLength, extraLength, size, compressed);
                size = sizes[0];
                compressed = sizes[1];
            }
            names.add(new String(zip, pos + 46, nameLength, StandardCharsets.UTF_8));
            if (size < 0 || size > MAX_ENTRY_SIZE) {
                throw unreadable("a part of the file expands too far (possible zip bomb)");
            }
            if (size > RATIO_FLOOR && size / Math.max(compressed, 1) > MAX_RATIO) {
                throw unreadable("a part of the file is compressed suspiciously far (possible zip bomb)");
            }
            total += size;
            if (total > MAX_TOTAL_SIZE) {
                throw unreadable("the file expands too far (possible zip bomb)");
            }
            pos += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static long[] zip64Sizes(ByteBuffer buf, int extra, int extraLength, long size, long compressed)
            throws UnusableDocumentException {
        int end = extra + extraLength;
        int p = extra;
        while (p + 4 <= end) {
            int id = Short.toUnsignedInt(buf.getShort(p));
            int length = Short.toUnsignedInt(buf.getShort(p + 2));
            if (id == 0x0001) {
                int q = p + 4;
                if (size == 0xFFFFFFFFL) {
                    if (q + 8 > end) {
                        break;
                    }
                    size = buf.getLong(q);
                    q += 8;
                }
                if (compressed == 0xFFFFFFFFL) {
                    if (q + 8 > end) {
                        break;
                    }
                    compressed = buf.getLong(q);
                }
                return new long[] {size, compressed};
            }
            p += 4 + length;
        }
        throw unreadable("the ZIP archive's directory is damaged");
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int min = Math.max(0, zip.length - 22 - 0xFFFF);
        for (int i = zip.length - 22; i >= min; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                return i;
            }
        }
        return -1;
    }

    private static UnusableDocumentException unreadable(String message) {
        return new UnusableDocumentException(Kind.UNREADABLE, message);
    }
}
