package uk.org.hscp.notifier.dispatch;

import java.util.Optional;

/**
 * The relay's own record of what it accepted: every e-mail the service sends also goes to one more envelope
 * recipient ({@code hscp.dispatch.sent-copies.address}, never in the headers), which the mail system files in a
 * folder of the service's mailbox. When an instance stops between the relay's "250" and marking the delivery SENT
 * (a {@code kill -9}, a power cut), the delivery is left SENDING; before trying it again the relay looks for its
 * Message-ID in that folder, and a copy there means the relay took it: SENT, not sent a second time.
 */
public interface SentCopies {

    /** The extra envelope recipient; empty when copies are not kept (a stopped send is then tried again blind). */
    Optional<String> address();

    /**
     * The copy of the e-mail with this Message-ID, as the mail system filed it.
     *
     * @throws IllegalStateException when the folder cannot be read now (the delivery waits for the next look)
     */
    Optional<byte[]> find(String messageId);

    /** No copies kept. */
    static SentCopies none() {
        return new SentCopies() {
            @Override
            public Optional<String> address() {
                return Optional.empty();
            }

            @Override
            public Optional<byte[]> find(String messageId) {
                return Optional.empty();
            }
        };
    }
}
