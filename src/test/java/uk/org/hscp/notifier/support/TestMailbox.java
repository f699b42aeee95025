package uk.org.hscp.notifier.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;

/** The secure mailbox as a test sees it: deliver e-mails over SMTP exactly as they are, and look in folders. */
public final class TestMailbox {

    public static final String ADDRESS = "hscp@hants.gov.uk";
    public static final Path SHARED_FORMS = Path.of("..", "shared", "forms");

    private final GreenMail greenMail;

    TestMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static byte[] sample(String relativePath) {
        try {
            return Files.readAllBytes(SHARED_FORMS.resolve(relativePath));
        } catch (IOException e) {
            throw new IllegalStateException("Sample not found: " + SHARED_FORMS.resolve(relativePath), e);
        }
    }

    /**
     * Sends the bytes over SMTP unchanged (Transport.sendMessage does not rewrite the Message-ID).
     *
     * @return the e-mail's Message-ID, as the journal records it
     */
    public String deliver(byte[] eml) {
        send(eml);
        return messageIdOf(eml);
    }

    /** Sends the bytes over SMTP unchanged, whatever their Message-ID (or none). */
    public void send(byte[] eml) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", greenMail.getSmtp().getBindTo());
        properties.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(eml));
            transport.sendMessage(message, new Address[] {new InternetAddress(ADDRESS)});
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not deliver the test e-mail", e);
        }
    }

    public static String messageIdOf(byte[] eml) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml)).getMessageID()
                    .replaceAll("\\s+", "");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many copies of this e-mail are in the folder. */
    public long count(String folderName, String messageId) {
        return folder(folderName).stream().filter(m -> {
            try {
                String id = m.getMimeMessage().getMessageID();
                return id != null && id.replaceAll("\\s+", "").equals(messageId);
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    /** A snapshot of a folder; the service may be moving mail while the test looks. */
    public List<StoredMessage> folder(String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                ImapHostManager imap = greenMail.getManagers().getImapHostManager();
                GreenMailUser user = greenMail.getUserManager().getUser(ADDRESS);
                MailFolder folder = name.equals("INBOX") ? imap.getInbox(user) : imap.getFolder(user, name);
                return folder == null ? List.of() : List.copyOf(folder.getMessages());
            } catch (java.util.ConcurrentModificationException e) {
                if (attempt == 10) {
                    throw e;
                }
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public List<MimeMessage> sentTo(String address) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    public GreenMail server() {
        return greenMail;
    }

}
