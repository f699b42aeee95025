package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real servers of the suite, started once per test JVM in a scratch folder under target/reliability (or the
 * system's temporary folder where the checkout is private) and
 * stopped when it exits: PostgreSQL, the Artemis broker, Dovecot and Postfix, all on loopback ports, TLS with the
 * suite's certificate. Each scenario takes its own database and its own mailbox user, so scenarios do not see
 * each other's rows or e-mails; the broker and the relay are shared (each scenario ends with nothing in flight).
 */
final class Servers {

    /** Mailbox users, one a scenario; the service signs in to Dovecot as one and to Postfix as RELAY_USER. */
    static final List<String> MAILBOXES = List.of("intake-1@hants.gov.uk", "intake-2@hants.gov.uk",
            "intake-3@hants.gov.uk", "intake-4@hants.gov.uk", "intake-5@hants.gov.uk", "intake-6@hants.gov.uk");
    static final String RELAY_USER = "relay@hants.gov.uk";
    /** The authserv-id the suite's "gateway" stamps on each e-mail it delivers (Authentication-Results). */
    static final String AUTHSERV_ID = "gateway.reliability.hants.gov.uk";

    private static Servers servers;

    final Path scratch;
    final Tls tls;
    final Postgres postgres;
    final Artemis artemis;
    final Dovecot dovecot;
    final Postfix postfix;
    private int nextMailbox;

    private Servers(Path scratch) {
        this.scratch = scratch;
        this.tls = Tls.make(scratch);
        List<String> users = new ArrayList<>(MAILBOXES);
        users.add(RELAY_USER);
        this.dovecot = new Dovecot(scratch, tls, users);
        Map<String, String> sentCopies = new LinkedHashMap<>();
        MAILBOXES.forEach(mailbox -> sentCopies.put(sentCopiesAddress(mailbox), dovecot.sentFolderUnder(scratch, mailbox)));
        this.postfix = new Postfix(scratch, tls, dovecot.authPort(), sentCopies, dovecot.mailOwner());
        this.postgres = new Postgres(scratch);
        this.artemis = new Artemis(scratch);
    }

    static synchronized Servers get() {
        if (servers == null) {
            Path scratch;
            try {
                Path parent = Files.createDirectories(Path.of("target", "reliability")).toAbsolutePath();
                if (!reachableByOtherUsers(parent)) {
                    // Postfix and Dovecot drop to their own users, who could not reach a checkout under a
                    // private folder (mktemp -d): the system's temporary folder is open to them
                    parent = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "hscp-reliability"));
                }
                scratch = Files.createTempDirectory(parent, "run-");
                Commands.run(scratch, List.of("chmod", "755", scratch.toString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Servers started = new Servers(scratch);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopAll, "reliability-servers-stop"));
            started.dovecot.start();
            started.postfix.start();
            started.postgres.start();
            started.artemis.start();
            servers = started;
        }
        return servers;
    }

    private static boolean reachableByOtherUsers(Path folder) throws IOException {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (!Files.getPosixFilePermissions(at).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    /** The envelope address the relay files into the mailbox user's folder "Sent" (hscp.dispatch.sent-copies). */
    static String sentCopiesAddress(String mailbox) {
        return "sent-copies." + mailbox;
    }

    /** A mailbox user no scenario has used yet. */
    synchronized String freshMailbox() {
        return MAILBOXES.get(nextMailbox++);
    }

    private void stopAll() {
        for (AutoCloseable server : List.of(artemis, postgres, postfix, dovecot)) {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM is going away; the next stop still runs
            }
        }
    }
}
