package uk.org.hscp.notifier.forms;

/** A code whose meaning is one label printed on a form (a tick box, an answer). */
public interface PrintedLabel {

    /** The label as printed on the form. */
    String label();
}
