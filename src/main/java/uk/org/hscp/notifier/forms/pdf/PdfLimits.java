package uk.org.hscp.notifier.forms.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * What a PDF may cost to read. A form is four pages of text and table rules; a PDF far beyond these limits is
 * refused (the limits are about a hundred times what a form uses) before it can exhaust memory or time:
 * <ul>
 * <li>decoded streams go to PDFBox's stream cache: {@link #MAIN_MEMORY_BYTES} in memory, then a scratch file,
 * {@link #STORAGE_BYTES} in all (a stream that inflates further fails as it is decoded);</li>
 * <li>the content streams of a page, decoded, at most {@link #MAX_PAGE_CONTENT_BYTES}, counted before the page
 * is interpreted;</li>
 * <li>at most {@link #MAX_OBJECTS} objects in the cross-reference table, {@link #MAX_OPERATORS} content
 * operators, {@link #MAX_GLYPHS} glyphs and {@link #MAX_PATH_POINTS} drawn points per page.</li>
 * </ul>
 * Every check also stops the reading when its thread is interrupted (the intake's time limit).
 */
public final class PdfLimits {

    public static final long MAIN_MEMORY_BYTES = 8L * 1024 * 1024;
    public static final long STORAGE_BYTES = 64L * 1024 * 1024;
    public static final long MAX_PAGE_CONTENT_BYTES = 16L * 1024 * 1024;
    public static final int MAX_OBJECTS = 100_000;
    public static final int MAX_OPERATORS = 500_000;
    public static final int MAX_GLYPHS = 100_000;
    public static final int MAX_PATH_POINTS = 50_000;

    /** A limit was reached; the message is plain words about the file, never its content. */
    public static final class Exceeded extends IOException {
        public Exceeded(String message) {
            super(message, null);
        }
    }

    private PdfLimits() {
    }

    static StreamCacheCreateFunction streamCache() {
        return MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES, STORAGE_BYTES).streamCache;
    }

    static void checkObjects(PDDocument doc) throws Exceeded {
        if (doc.getDocument().getXrefTable().size() > MAX_OBJECTS) {
            throw new Exceeded("the PDF holds more than " + MAX_OBJECTS + " objects: too many to be a form");
        }
    }

    /** Decodes the page's content streams once, counting, before anything interprets them. */
    static void checkContent(PDPage page) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
            try (InputStream in = streams.next().createInputStream()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                    if (total > MAX_PAGE_CONTENT_BYTES) {
                        throw new Exceeded("a page of the PDF expands to more than "
                                + MAX_PAGE_CONTENT_BYTES / (1024 * 1024) + " MiB of drawing instructions");
                    }
                    checkInterrupted();
                }
            }
        }
    }

    static void checkInterrupted() throws Exceeded {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("reading the PDF was stopped: it took longer than the time limit");
        }
    }

    /** Counts one page's operators (or glyphs, or points) against its limit. */
    static final class Counter {
        private final int max;
        private final String what;
        private int count;

        Counter(int max, String what) {
            this.max = max;
            this.what = what;
        }

        /** The next {@link #add} fails. */
        void stop() {
            count = max;
        }

        /** Throws again what was thrown, in case PDFBox swallowed it (it logs errors inside a form XObject). */
        void rethrow() throws Exceeded {
            if (count > max) {
                throw new Exceeded("a page of the PDF has more than " + max + " " + what + ": too complex to be a form");
            }
        }

        void add() throws Exceeded {
            if (++count > max) {
                count = max + 1;
                throw new Exceeded("a page of the PDF has more than " + max + " " + what + ": too complex to be a form");
            }
            if ((count & 0x3FF) == 0) {
                checkInterrupted();
            }
        }
    }
}
