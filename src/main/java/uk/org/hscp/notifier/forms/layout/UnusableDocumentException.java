package uk.org.hscp.notifier.forms.layout;

import java.util.Objects;

/**
 * A format reader's refusal: the bytes cannot give a layout. The message is plain words chosen by the
 * reader and never holds document content.
 */
public final class UnusableDocumentException extends Exception {

    /** Why the document cannot be used. */
    public enum Kind {
        /** Corrupt, truncated, too large when expanded, or in a shape the reader cannot follow. */
        UNREADABLE,
        /** Needs a password to open. */
        PASSWORD_PROTECTED,
        /** Readable, but not a word-processing document or PDF that could hold a form. */
        NOT_A_DOCUMENT,
        /** A PDF with no text layer, such as a scan. */
        NO_TEXT_LAYER
    }

    private final Kind kind;

    public UnusableDocumentException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
