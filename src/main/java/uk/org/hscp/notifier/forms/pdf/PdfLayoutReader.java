package uk.org.hscp.notifier.forms.pdf;

import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;

public final class PdfLayoutReader {
    private PdfLayoutReader() {
    }

    public static Layout read(byte[] bytes) throws UnusableDocumentException {
        throw new UnusableDocumentException(UnusableDocumentException.Kind.UNREADABLE, "not yet");
    }
}
