package uk.org.hscp.notifier.forms.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException.Kind;

/**
 * Inflates every entry of a ZIP archive once, in order, as POI will read it (from the local headers, with
 * commons-compress), and counts the bytes that come out, into nothing. It trusts no declared size: a
 * central directory or local header that lies about its sizes is caught by what actually inflates. Memory
 * stays at one buffer; time is bounded by {@link #MAX_TOTAL_BYTES}.
 */
public final class InflationCount {

    /** Largest expanded size of one entry (a form's document.xml is well under 1 MiB). */
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    /** Largest expanded size of the whole archive: all of it is held in memory when POI opens it. */
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private InflationCount() {
    }

    public static void check(byte[] zip) throws UnusableDocumentException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
                if (++entries > ZipGuard.MAX_ENTRIES) {
                    throw unreadable("the ZIP archive holds too many files to be a form");
                }
                long size = 0;
                for (int n; (n = read(in, buffer)) > 0;) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES) {
                        throw unreadable("a part of the file expands beyond " + MAX_ENTRY_BYTES / (1024 * 1024)
                                + " MiB (possible zip bomb; its sizes as declared are "
                                + (entry.getSize() >= 0 && entry.getSize() < size ? "false" : "not trusted") + ")");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw unreadable("the file expands beyond " + MAX_TOTAL_BYTES / (1024 * 1024)
                                + " MiB (possible zip bomb)");
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw unreadable("reading the file was stopped: it took longer than the time limit");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable("the Word document is damaged or cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }

    private static UnusableDocumentException unreadable(String message) {
        return new UnusableDocumentException(Kind.UNREADABLE, message);
    }
}
