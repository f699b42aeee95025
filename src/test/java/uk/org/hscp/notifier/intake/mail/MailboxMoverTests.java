package uk.org.hscp.notifier.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** Two instances polling one mailbox move the same e-mails at the same moment: each lands in Processed once. */
class MailboxMoverTests {

    static final String MAILBOX = "hscp@hants.gov.uk";
    static final int EMAILS = 30;

    GreenMail server = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), null, "imap"));

    @BeforeEach
    void aHundredEmailsInTheInbox() {
        server.start();
        GreenMailUser user = server.setUser(MAILBOX, MAILBOX, "secret");
        for (int i = 1; i <= EMAILS; i++) {
            user.deliver(GreenMailUtil.createTextEmail(MAILBOX, "police@hampshire.police.uk", "Referral " + i, "Form",
                    server.getImap().getServerSetup()));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void twoSessionsMovingTheSameUidsAtOnceCopyEachEmailOnce() throws Exception {
        List<Long> uids = LongStream.rangeClosed(1, EMAILS).boxed().toList();
        var barrier = new CyclicBarrier(2);
        List<CompletableFuture<Void>> instances = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            boolean reversed = instance == 1;
            instances.add(CompletableFuture.runAsync(() -> {
                List<Long> order = new ArrayList<>(uids);
                if (reversed) {
                    java.util.Collections.reverse(order);
                }
                // one by one, from both ends, so that the two sessions cross in the middle
                List<List<Long>> left = new ArrayList<>(batches(order, 5));
                boolean first = true;
                while (!left.isEmpty()) {
                    try (Store store = session().getStore("imap")) {
                        store.connect("localhost", server.getImap().getPort(), MAILBOX, "secret");
                        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
                        inbox.open(Folder.READ_WRITE);
                        inbox.getMessages(); // as the poll saw the inbox
                        if (first) {
                            first = false;
                            barrier.await(10, TimeUnit.SECONDS);
                        }
                        while (!left.isEmpty()) {
                            MailboxMover.move(inbox, left.get(0), "Processed");
                            left.remove(0);
                        }
                    } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException lost) {
                        // GreenMail sometimes drops a session while the other expunges: as after a failed poll,
                        // the next one signs in again and moves what is left
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(count("INBOX")).isZero();
        assertThat(subjectsIn("Processed")).hasSize(EMAILS).doesNotHaveDuplicates();
    }

    @Test
    void aUidSetNamesConsecutiveUidsAsRanges() {
        assertThat(MailboxMover.uidSet(List.of(9L, 3L, 4L, 5L, 12L, 13L, 7L, 6L))).isEqualTo("3:7,9,12:13");
        assertThat(MailboxMover.uidSet(List.of(1L))).isEqualTo("1");
    }

    private static List<List<Long>> batches(List<Long> all, int size) {
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            batches.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return batches;
    }

    private int count(String folderName) throws Exception {
        return subjectsIn(folderName).size();
    }

    private List<String> subjectsIn(String folderName) throws Exception {
        try (Store store = session().getStore("imap")) {
            store.connect("localhost", server.getImap().getPort(), MAILBOX, "secret");
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (var message : folder.getMessages()) {
                subjects.add(message.getSubject());
            }
            return subjects;
        }
    }

    private static Session session() {
        return Session.getInstance(new Properties());
    }
}
