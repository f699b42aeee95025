package uk.org.hscp.notifier.intake.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.apache.camel.component.mail.MailBoxPostProcessAction;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeOutcome;
import uk.org.hscp.notifier.intake.IntakeProperties;

/**
 * Runs after each poll of a mailbox (camel-mail's post-process action, on the poll's open inbox): every e-mail
 * of the inbox whose outcome the journal has decided is moved to {@code Quarantine} (QUARANTINED) or
 * {@code Processed} (the rest). An e-mail still PENDING (its forms are being read) stays in the inbox and is
 * moved by a later poll, so a form-level quarantine ends in {@code Quarantine}.
 *
 * <p>Each decided e-mail is first claimed in the journal (a conditional update; a claim lapses after a minute,
 * should its poller die), so of several instances polling one inbox one moves it. The move is one
 * {@code UID MOVE} (RFC 6851) per folder. A UID a peer moved already is not an error: the server ignores it (or answers
 * NO, and then the UIDs still in the inbox are moved one by one). A server without MOVE gets COPY, \Deleted and
 * EXPUNGE, which cannot stop two instances both copying the same message.
 */
final class MailboxMover implements MailBoxPostProcessAction {

    private static final Logger log = LoggerFactory.getLogger(MailboxMover.class);

    private static final FetchProfile UIDS = uids();

    /** A claim older than this was made by a poller that died before it moved the message. */
    private static final java.time.Duration CLAIM_LEASE = java.time.Duration.ofMinutes(1);

    private final String mailbox;
    private final EmailJournal journal;
    private final IntakeProperties properties;
    private final java.time.Clock clock;

    MailboxMover(String mailbox, EmailJournal journal, IntakeProperties properties, java.time.Clock clock) {
        this.mailbox = mailbox;
        this.journal = journal;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void process(Folder inbox) throws Exception {
        if (!(inbox instanceof IMAPFolder folder) || !inbox.isOpen()) {
            return;
        }
        Message[] messages = folder.getMessages();
        if (messages.length == 0) {
            return;
        }
        folder.fetch(messages, UIDS);
        Map<String, Long> uidByKey = new HashMap<>();
        for (Message message : messages) {
            if (!message.isExpunged() && !message.isSet(Flags.Flag.DELETED)) {
                long uid = folder.getUID(message);
                uidByKey.put(PollPrefetch.sourceKey(folder, message), uid);
            }
        }
        Map<String, IntakeOutcome> outcomes = journal.outcomesBySource(mailbox, uidByKey.keySet());
        List<Long> toProcessed = new ArrayList<>();
        List<Long> toQuarantine = new ArrayList<>();
        // decided e-mails this poll claims (a peer polling the same inbox moves the others): two sessions each
        // asking the server to MOVE one message can both copy it before either expunges it
        java.time.Instant now = clock.instant();
        java.util.Set<String> decided = new java.util.HashSet<>();
        outcomes.forEach((key, outcome) -> {
            if (outcome != IntakeOutcome.PENDING) {
                decided.add(key);
            }
        });
        java.util.Set<String> mine = journal.claimMoves(mailbox, decided, now, now.minus(CLAIM_LEASE));
        outcomes.keySet().retainAll(mine);
        outcomes.forEach((key, outcome) -> {
            switch (uk.org.hscp.notifier.intake.MailboxIntake.Folder.of(outcome)) {
                case PROCESSED -> toProcessed.add(uidByKey.get(key));
                case QUARANTINE -> toQuarantine.add(uidByKey.get(key));
                case INBOX -> { } // its forms are being read: moved by a later poll
            }
        });
        move(folder, toProcessed, properties.processedFolder());
        move(folder, toQuarantine, properties.quarantineFolder());
    }

    /** Moves the messages with these UIDs; those a peer moved first are simply gone. */
    static void move(IMAPFolder folder, List<Long> uids, String destination) throws MessagingException {
        if (uids.isEmpty()) {
            return;
        }
        Folder target = folder.getStore().getFolder(destination);
        if (!target.exists()) {
            try {
                target.create(Folder.HOLDS_MESSAGES);
            } catch (MessagingException e) {
                if (!target.exists()) { // a peer created it in between: fine
                    throw e;
                }
            }
        }
        if (!((org.eclipse.angus.mail.imap.IMAPStore) folder.getStore()).hasCapability("MOVE")) {
            copyAndExpunge(folder, uids, target);
            return;
        }
        try {
            uidMove(folder, uids, destination);
        } catch (MessagingException refused) {
            // Some servers answer NO when a message of the set was expunged meanwhile (a peer moved it): move
            // what is still here one by one; a UID that is gone is the peer's.
            for (long uid : uids) {
                if (folder.getMessageByUID(uid) == null) {
                    log.debug("Message {} of mailbox folder {} was moved by a peer", uid, folder.getFullName());
                    continue;
                }
                try {
                    uidMove(folder, List.of(uid), destination);
                } catch (MessagingException e) {
                    if (folder.getMessageByUID(uid) != null) {
                        log.warn("Could not move message {} to {} ({}); the next poll tries again", uid, destination,
                                e.getClass().getSimpleName());
                    }
                }
            }
        }
        log.debug("Moved {} message(s) to {}", uids.size(), destination);
    }

    /** {@code UID MOVE set mailbox}: atomic on the server, so a message is moved once however many ask. */
    private static void uidMove(IMAPFolder folder, List<Long> uids, String destination) throws MessagingException {
        String set = uidSet(uids);
        folder.doCommand(protocol -> {
            Argument args = new Argument();
            args.writeAtom(set);
            args.writeString(destination);
            Response[] responses = protocol.command("UID MOVE", args);
            // the untagged EXPUNGE responses keep this session's view of the folder right
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
    }

    private static void copyAndExpunge(IMAPFolder folder, List<Long> uids, Folder target) throws MessagingException {
        Message[] messages = java.util.Arrays.stream(folder.getMessagesByUID(uids.stream().mapToLong(Long::longValue)
                .toArray())).filter(m -> m != null && !m.isExpunged()).toArray(Message[]::new);
        if (messages.length == 0) {
            return;
        }
        folder.copyMessages(messages, target);
        folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
        folder.expunge(messages);
    }

    /** Ascending UIDs as an IMAP set, consecutive ones as ranges: 3:7,9,12:13. */
    static String uidSet(List<Long> uids) {
        long[] sorted = uids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < sorted.length; i++) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            if (!set.isEmpty()) {
                set.append(',');
            }
            set.append(sorted[i]);
            if (j > i) {
                set.append(':').append(sorted[j]);
            }
            i = j;
        }
        return set.toString();
    }

    private static FetchProfile uids() {
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.FLAGS);
        return profile;
    }
}
