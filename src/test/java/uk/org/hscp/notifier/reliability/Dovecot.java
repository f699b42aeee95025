package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.test.util.TestSocketUtils;

/**
 * Debian's Dovecot (dovecot-imapd) as the secure mailbox: IMAPS only (TLS required, the suite's certificate) on a
 * loopback port, users from a passwd file, Maildirs in the scratch folder, folders Processed and Quarantine made
 * on first login. It also answers Postfix's SASL questions (AUTH on submission) on a second loopback port.
 * Its configuration is the suite's own file, given with -c; the system's Dovecot is untouched.
 */
final class Dovecot implements AutoCloseable {

    static final String MAIL_USER = "dovecot";

    private final Path home;
    private final int imapsPort = TestSocketUtils.findAvailableTcpPort();
    private final int authPort = TestSocketUtils.findAvailableTcpPort();
    private final String password = "mailbox-" + Long.toHexString(System.nanoTime());
    private final Path log;
    private final Path mail;
    private Process process;

    Dovecot(Path scratch, Tls tls, List<String> users) {
        this.home = scratch.resolve("dovecot");
        this.log = home.resolve("dovecot.log");
        this.mail = home.resolve("mail");
        try {
            Files.createDirectories(home.resolve("base"));
            Files.createDirectories(home.resolve("state"));
            Files.createDirectories(mail);
            Commands.run(home, List.of("chown", MAIL_USER + ":" + MAIL_USER, mail.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder passwd = new StringBuilder();
        for (String user : users) {
            passwd.append(user).append(":{PLAIN}").append(password).append("::::::\n");
        }
        Commands.write(home.resolve("users"), passwd.toString());
        Commands.write(home.resolve("dovecot.conf"), """
                base_dir = %1$s/base
                state_dir = %1$s/state
                protocols = imap
                listen = 127.0.0.1
                log_path = %2$s
                ssl = required
                ssl_cert = <%3$s
                ssl_key = <%4$s
                disable_plaintext_auth = yes
                auth_mechanisms = plain login
                mail_location = maildir:%5$s/%%u
                mail_uid = %6$s
                mail_gid = %6$s
                first_valid_uid = 1
                mail_max_userip_connections = 50
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN %1$s/users
                }
                userdb {
                  driver = static
                  args = uid=%6$s gid=%6$s home=%5$s/%%u
                }
                namespace inbox {
                  inbox = yes
                  separator = /
                  mailbox Processed {
                    auto = create
                  }
                  mailbox Quarantine {
                    auto = create
                  }
                }
                service imap-login {
                  inet_listener imap {
                    port = 0
                  }
                  inet_listener imaps {
                    address = 127.0.0.1
                    port = %7$d
                    ssl = yes
                  }
                }
                service auth {
                  inet_listener {
                    address = 127.0.0.1
                    port = %8$d
                  }
                }
                """.formatted(home, log, tls.certificate(), tls.key(), mail, MAIL_USER, imapsPort, authPort));
    }

    void start() {
        String dovecot = Commands.executable("Dovecot (dovecot-imapd)", "/usr/sbin/dovecot");
        try {
            process = new ProcessBuilder(dovecot, "-F", "-c", home.resolve("dovecot.conf").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Dovecot did not start", e);
        }
        Commands.awaitListening("Dovecot", imapsPort, process, home.resolve("stdout.log"), Duration.ofSeconds(30));
        Commands.awaitListening("Dovecot auth", authPort, process, log, Duration.ofSeconds(30));
    }

    /**
     * Where the relay's virtual delivery agent files a mailbox user's sent copies: its Maildir++ folder "Sent",
     * relative to the scratch folder, written as the mail owner so that Dovecot reads it.
     */
    String sentFolderUnder(Path scratch, String user) {
        return scratch.relativize(mail.resolve(user).resolve(".Sent")) + "/";
    }

    /** The uid and gid Dovecot keeps mail as (the relay writes sent copies as them). */
    int[] mailOwner() {
        try {
            return new int[] {(Integer) Files.getAttribute(mail, "unix:uid"), (Integer) Files.getAttribute(mail, "unix:gid")};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int imapsPort() {
        return imapsPort;
    }

    int authPort() {
        return authPort;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        Commands.stop(process, Duration.ofSeconds(10));
        process = null;
    }
}
