package uk.org.hscp.notifier.intake.mail;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.apache.camel.component.mail.DefaultMailUidGenerator;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.IntakeProperties;

/**
 * camel-mail asks this for a key of every message of a poll before it hands any to the route. Left to
 * itself, camel-mail and the receiver then ask the server for each message's Message-ID, flags, headers,
 * envelope and UID one FETCH at a time: five round trips per e-mail before its body. Here the first
 * question of a poll fetches all of that for the poll's messages in one FETCH, and the poll's other
 * questions cost nothing. The key is the message's {@code UIDVALIDITY:UID}, as the journal names it.
 * The embedded mail server walks the whole folder for every command it answers, so with a backlog in the
 * inbox each round trip saved counts.
 */
@Component("pollPrefetch")
public class PollPrefetch implements MailUidGenerator {

    private static final FetchProfile METADATA = metadata();

    private final DefaultMailUidGenerator fallback = new DefaultMailUidGenerator();
    private final int messagesPerPoll;
    /** By identity: the folder is closed after each poll and the next one has new Message objects. */
    private final Set<Message> prefetched = Collections.newSetFromMap(new WeakHashMap<>());

    PollPrefetch(IntakeProperties intake) {
        this.messagesPerPoll = intake.maxMessagesPerPoll();
    }

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        if (!(message.getFolder() instanceof IMAPFolder folder)) {
            return fallback.generateUuid(endpoint, message);
        }
        try {
            prefetchFrom(message);
            return sourceKey(folder, message);
        } catch (MessagingException e) {
            return fallback.generateUuid(endpoint, message);
        }
    }

    /** The name of this copy of a message in its IMAP folder; a new copy of the same mail gets a new UID. */
    static String sourceKey(UIDFolder folder, Message message) throws MessagingException {
        return "uid:" + folder.getUIDValidity() + ":" + folder.getUID(message);
    }

    /** camel-mail takes a poll's messages in order, so the first one asked about starts the range. */
    private void prefetchFrom(Message message) throws MessagingException {
        synchronized (prefetched) {
            if (prefetched.contains(message)) {
                return;
            }
        }
        Folder folder = message.getFolder();
        int first = message.getMessageNumber();
        int inInbox = folder.getMessageCount();
        MailboxPollMetrics.inboxHolds(inInbox - first + 1);
        int last = Math.max(first, Math.min(inInbox, first + messagesPerPoll - 1));
        Message[] range = folder.getMessages(first, last);
        folder.fetch(range, METADATA);
        synchronized (prefetched) {
            prefetched.addAll(Arrays.asList(range));
        }
    }

    private static FetchProfile metadata() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE); // with INTERNALDATE and RFC822.SIZE
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(IMAPFolder.FetchProfileItem.HEADERS); // so Message-ID and the headers camel-mail reads are loaded
        return profile;
    }
}
