package uk.org.hscp.notifier.forms.doc;

import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;

public final class DocLayoutReader {
    private DocLayoutReader() {
    }

    public static Layout read(byte[] bytes) throws UnusableDocumentException {
        throw new UnusableDocumentException(UnusableDocumentException.Kind.UNREADABLE, "not yet");
    }
}
