package uk.org.hscp.notifier.forms.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException.Kind;

/**
 * Reads a PDF's text layer into a {@link Layout}. Tables are rebuilt from the rulings drawn on each page
 * (a form saved as PDF keeps its table borders), so a PDF form reads like the Word form it came from.
 * A PDF with no text at all is a scan; one that needs a password is refused as such.
 */
public final class PdfLayoutReader {

    /** The forms run to four pages; a much longer PDF is something else. */
    public static final int MAX_PAGES = 40;

    private PdfLayoutReader() {
    }

    public static Layout read(byte[] bytes) throws UnusableDocumentException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, PdfLimits.streamCache())) {
            PdfLimits.checkObjects(doc);
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new UnusableDocumentException(Kind.NOT_A_DOCUMENT, "the PDF has too many pages to be a form");
            }
            for (int i = 0; i < pages; i++) {
                PdfLimits.checkContent(doc.getPage(i));
            }
            List<PageContent> contents = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                contents.add(PageContent.of(doc.getPage(i), GlyphCollector.collect(doc, i)));
            }
            if (contents.stream().noneMatch(p -> p.hasText)) {
                throw new UnusableDocumentException(Kind.NO_TEXT_LAYER,
                        "the PDF has no text layer (it looks like a scan): it needs keying in by hand");
            }
            return PageJoiner.join(contents);
        } catch (PdfLimits.Exceeded e) {
            throw new UnusableDocumentException(Kind.UNREADABLE, e.getMessage());
        } catch (InvalidPasswordException e) {
            throw new UnusableDocumentException(Kind.PASSWORD_PROTECTED, "the PDF is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new UnusableDocumentException(Kind.UNREADABLE,
                    "the PDF is damaged or cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

}
