package uk.org.hscp.notifier.dispatch.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;

import uk.org.hscp.notifier.dispatch.SentCopies;
import uk.org.hscp.notifier.dispatch.infra.DispatchProperties;

/** The sent-copies folder read over IMAP(S): one connection per look, which happens only for a stopped send. */
final class ImapSentCopies implements SentCopies {

    private final DispatchProperties.SentCopies settings;
    private final Session session;

    ImapSentCopies(DispatchProperties.SentCopies settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = settings.protocol();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    @Override
    public Optional<String> address() {
        return Optional.of(settings.address());
    }

    @Override
    public Optional<byte[]> find(String messageId) {
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                return Optional.empty(); // nothing filed yet: the mail system makes the folder with its first copy
            }
            folder.open(Folder.READ_ONLY);
            try {
                for (Message copy : folder.search(new HeaderTerm("Message-ID", messageId))) {
                    String[] ids = copy.getHeader("Message-ID");
                    if (ids != null && ids.length > 0 && ids[0].strip().equals(messageId)) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        copy.writeTo(bytes);
                        return Optional.of(bytes.toByteArray());
                    }
                }
                return Optional.empty();
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The sent-copies folder " + settings.folder() + " on " + settings.host()
                    + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
    }
}
