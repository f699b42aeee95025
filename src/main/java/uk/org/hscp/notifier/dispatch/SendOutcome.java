package uk.org.hscp.notifier.dispatch;

/** What the SMTP relay said to one attempt. */
public sealed interface SendOutcome {

    /** The relay's last reply, e.g. {@code 250 OK}, without any address in it. */
    String smtpReply();

    record Sent(String smtpReply) implements SendOutcome {
    }

    /** @param permanent a 5xx refusal: trying again would not help */
    record Failed(boolean permanent, String smtpReply) implements SendOutcome {
    }
}
