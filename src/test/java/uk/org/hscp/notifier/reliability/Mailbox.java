package uk.org.hscp.notifier.reliability;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * The suite's side of a Dovecot mailbox, over IMAPS: it delivers e-mails (APPEND to INBOX, as the council's
 * gateway would after checking the sender: each one stamped with Authentication-Results) and counts what each
 * folder holds, by the X-Reliability-Sample header it stamps on each.
 */
final class Mailbox {

    static final String SAMPLE_HEADER = "X-Reliability-Sample";

    private final Session session;
    private final int port;
    private final String user;
    private final String password;

    Mailbox(Servers servers, String user) {
        Properties properties = new Properties();
        properties.setProperty("mail.imaps.ssl.trust", "localhost");
        properties.setProperty("mail.imaps.connectiontimeout", "10000");
        properties.setProperty("mail.imaps.timeout", "60000");
        properties.setProperty("mail.imaps.partialfetch", "false"); // one FETCH an e-mail, as the service's route
        this.session = Session.getInstance(properties);
        this.port = servers.dovecot.imapsPort();
        this.user = user;
        this.password = servers.dovecot.password();
    }

    /**
     * The e-mail as the gateway hands it on: Authentication-Results (DMARC pass for the From domain) and the
     * suite's sample name on top, the rest byte for byte.
     */
    static byte[] stamped(byte[] eml, String sample) {
        String text = new String(eml, java.nio.charset.StandardCharsets.ISO_8859_1);
        String from = text.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.regionMatches(true, 0, "From:", 0, 5))
                .findFirst().orElse("");
        String domain = from.replaceAll("(?s).*@([A-Za-z0-9.-]+).*", "$1");
        String stamp = "Authentication-Results: " + Servers.AUTHSERV_ID + "; dmarc=pass header.from=" + domain + "\r\n"
                + SAMPLE_HEADER + ": " + sample + "\r\n";
        return (stamp + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Appends each e-mail (already stamped) to INBOX, in order, over one connection. */
    void deliver(List<byte[]> emails) {
        try (Store store = connect(); Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_WRITE);
            List<Message> batch = new ArrayList<>();
            for (byte[] eml : emails) {
                batch.add(new MimeMessage(session, new ByteArrayInputStream(eml)));
                if (batch.size() == 25) {
                    inbox.appendMessages(batch.toArray(Message[]::new));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                inbox.appendMessages(batch.toArray(Message[]::new));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not deliver to Dovecot", e);
        }
    }

    /** Folder name → the sample names of the e-mails it holds (a name twice: the e-mail is there twice). */
    Map<String, List<String>> contents() {
        Map<String, List<String>> contents = new HashMap<>();
        try (Store store = connect()) {
            for (String name : List.of("INBOX", "Processed", "Quarantine")) {
                List<String> samples = new ArrayList<>();
                try (Folder folder = store.getFolder(name)) {
                    if (folder.exists()) {
                        folder.open(Folder.READ_ONLY);
                        Message[] messages = folder.getMessages();
                        FetchProfile profile = new FetchProfile();
                        profile.add(SAMPLE_HEADER);
                        folder.fetch(messages, profile);
                        for (Message message : messages) {
                            String[] sample = message.getHeader(SAMPLE_HEADER);
                            samples.add(sample == null ? "(not the suite's)" : sample[0].strip());
                        }
                    }
                }
                contents.put(name, samples);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the mailbox", e);
        }
        return contents;
    }

    /** Fetches every e-mail of the folder whole, one FETCH each, on one connection: how many a second. */
    double rawFetchPerSecond(String folderName) {
        try (Store store = connect(); Folder folder = store.getFolder(folderName)) {
            folder.open(Folder.READ_ONLY);
            Message[] messages = folder.getMessages();
            long started = System.nanoTime();
            for (Message message : messages) {
                try {
                    message.writeTo(new java.io.ByteArrayOutputStream(64 * 1024));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return messages.length / ((System.nanoTime() - started) / 1e9);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the mailbox", e);
        }
    }

    private Store connect() throws MessagingException {
        Store store = session.getStore("imaps");
        store.connect("localhost", port, user, password);
        return store;
    }
}
