package uk.org.hscp.notifier.cases;

/**
 * The e-mails that brought a case its forms, whole, as the intake journal keeps them: the case pages offer them
 * as {@code .eml} to those who may read the form. Intake implements it (it owns the journal).
 */
public interface OriginalEmails {

    /** The e-mail's bytes exactly as received. */
    byte[] raw(long emailId);
}
