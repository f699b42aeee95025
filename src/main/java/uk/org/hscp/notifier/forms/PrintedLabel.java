package uk.org.hscp.notifier.forms;

/** A code whose meaning is one label printed on a form (a tick box, an answer). */
public interface PrintedLabel {

    /** The label as printed on the form. */
    String label();

    /**
     * Whether ticking it gives this code in the parse contract (../shared/forms/codes.md). A label the form prints
     * only to introduce free text ("Other reason: (please specify)") is read for its text and is no code.
     */
    default boolean isCode() {
        return true;
    }
}
