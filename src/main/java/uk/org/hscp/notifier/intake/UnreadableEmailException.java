package uk.org.hscp.notifier.intake;

public class UnreadableEmailException extends Exception {

    public UnreadableEmailException(String message, Throwable cause) {
        super(message, cause);
    }
}
