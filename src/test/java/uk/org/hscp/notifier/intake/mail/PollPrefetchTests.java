package uk.org.hscp.notifier.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import uk.org.hscp.notifier.intake.IntakeProperties;

class PollPrefetchTests {

    static final String MAILBOX = "hscp@hants.gov.uk";

    GreenMail server = new GreenMail(new ServerSetup(TestSocketUtils.findAvailableTcpPort(), null, "imap"));
    ByteArrayOutputStream protocol = new ByteArrayOutputStream();

    @BeforeEach
    void fiveReferralsInTheInbox() throws Exception {
        server.start();
        GreenMailUser user = server.setUser(MAILBOX, MAILBOX, "secret");
        for (int i = 1; i <= 5; i++) {
            user.deliver(GreenMailUtil.createTextEmail(MAILBOX, "police@hampshire.police.uk", "Referral " + i, "Form",
                    server.getImap().getServerSetup()));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPollsMessagesAreKeyedByTheirUidsFetchedInOneRoundTrip() throws Exception {
        PollPrefetch prefetch = new PollPrefetch(new IntakeProperties(2000, 100, 1024, "Processed", "Quarantine"));

        try (Store store = session().getStore("imap")) {
            Folder inbox = openInbox(store);
            List<String> keys = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                keys.add(prefetch.generateUuid(null, message));
            }
            for (Message message : inbox.getMessages()) {
                message.getHeader("Message-ID");
                message.getFlags();
                message.getSize();
                message.getReceivedDate();
            }

            long validity = ((UIDFolder) inbox).getUIDValidity();
            assertThat(keys).containsExactly("uid:" + validity + ":1", "uid:" + validity + ":2",
                    "uid:" + validity + ":3", "uid:" + validity + ":4", "uid:" + validity + ":5");
            assertThat(fetchCommands()).as("FETCH commands for five messages' keys, headers, flags and envelopes:\n%s",
                    protocol).isEqualTo(1);
        }
    }

    @Test
    void aPollOfMoreMessagesThanItTakesFetchesOnlyThoseItTakes() throws Exception {
        PollPrefetch prefetch = new PollPrefetch(new IntakeProperties(2000, 2, 1024, "Processed", "Quarantine"));

        try (Store store = session().getStore("imap")) {
            Folder inbox = openInbox(store);
            prefetch.generateUuid(null, inbox.getMessage(1));
            prefetch.generateUuid(null, inbox.getMessage(2));

            assertThat(protocol.toString(StandardCharsets.US_ASCII)).contains("FETCH 1:2 (");
            assertThat(fetchCommands()).as("%s", protocol).isEqualTo(1);
        }
    }

    private Folder openInbox(Store store) throws MessagingException {
        store.connect("localhost", server.getImap().getPort(), MAILBOX, "secret");
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    private Session session() {
        Session session = Session.getInstance(new Properties());
        session.setDebugOut(new PrintStream(protocol, true, StandardCharsets.US_ASCII));
        session.setDebug(true);
        return session;
    }

    private long fetchCommands() {
        return Pattern.compile("(?m)^[A-Z]+\\d+ FETCH ").matcher(protocol.toString(StandardCharsets.US_ASCII)).results()
                .count();
    }
}
