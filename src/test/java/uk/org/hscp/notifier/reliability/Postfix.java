package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.test.util.TestSocketUtils;

/**
 * Debian's Postfix as the SMTP relay, a private instance: its own config_directory, queue_directory and log in the
 * scratch folder, one submission listener on a loopback port with STARTTLS required (the suite's certificate) and
 * AUTH checked by Dovecot. Every message it accepts, for any recipient, is kept: the virtual delivery agent writes
 * it into one Maildir (sink/sent), which the suite reads to count what left, by Message-ID. Nothing leaves the
 * machine. The master runs in the foreground (master -d), so the suite owns its process.
 */
final class Postfix implements AutoCloseable {

    private static final List<String> QUEUE_DIRECTORIES = List.of("active", "bounce", "corrupt", "defer", "deferred",
            "flush", "hold", "incoming", "private", "saved", "trace");

    private final Path home;
    private final Path sink;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final Tls tls;
    private final int saslPort;
    private Process process;

    private final Path scratch;
    private final int[] mailOwner;

    /**
     * @param sentCopies per sent-copies address, the Maildir (relative to the scratch folder) it is filed in; every
     *        other recipient's e-mail goes to the sink
     * @param mailOwner the uid and gid the Maildirs are written as (Dovecot's mail owner, so that it reads them)
     */
    Postfix(Path scratch, Tls tls, int dovecotAuthPort, Map<String, String> sentCopies, int[] mailOwner) {
        this.scratch = scratch;
        this.mailOwner = mailOwner;
        this.home = scratch.resolve("postfix");
        this.sink = scratch.resolve("sink");
        this.tls = tls;
        this.saslPort = dovecotAuthPort;
        try {
            Path queue = home.resolve("queue");
            for (String directory : QUEUE_DIRECTORIES) {
                Files.createDirectories(queue.resolve(directory));
                Commands.run(home, List.of("chown", "postfix:root", queue.resolve(directory).toString()));
                Commands.run(home, List.of("chmod", "700", queue.resolve(directory).toString()));
            }
            for (String directory : List.of("public", "maildrop")) {
                Files.createDirectories(queue.resolve(directory));
                Commands.run(home, List.of("chown", "postfix:postdrop", queue.resolve(directory).toString()));
            }
            Commands.run(home, List.of("chmod", "710", queue.resolve("public").toString()));
            Commands.run(home, List.of("chmod", "730", queue.resolve("maildrop").toString()));
            Files.createDirectories(queue.resolve("pid"));
            Files.createDirectories(home.resolve("data"));
            Commands.run(home, List.of("chown", "postfix", home.resolve("data").toString()));
            Files.createDirectories(sink);
            Commands.run(home, List.of("chown", mailOwner[0] + ":" + mailOwner[1], sink.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder copies = new StringBuilder();
        sentCopies.forEach((address, maildir) -> copies.append(address).append(' ').append(maildir).append('\n'));
        Commands.write(home.resolve("conf/sent-copies"), copies.toString());
        writeMainCf(false);
        Commands.write(home.resolve("conf/master.cf"), """
                127.0.0.1:%d inet n - n - - smtpd
                pickup    unix  n       -       n       60      1       pickup
                cleanup   unix  n       -       n       -       0       cleanup
                qmgr      unix  n       -       n       300     1       qmgr
                tlsmgr    unix  -       -       n       1000?   1       tlsmgr
                rewrite   unix  -       -       n       -       -       trivial-rewrite
                bounce    unix  -       -       n       -       0       bounce
                defer     unix  -       -       n       -       0       bounce
                trace     unix  -       -       n       -       0       bounce
                verify    unix  -       -       n       -       1       verify
                flush     unix  n       -       n       1000?   0       flush
                proxymap  unix  -       -       n       -       -       proxymap
                smtp      unix  -       -       n       -       -       smtp
                relay     unix  -       -       n       -       -       smtp
                showq     unix  n       -       n       -       -       showq
                error     unix  -       -       n       -       -       error
                retry     unix  -       -       n       -       -       error
                discard   unix  -       -       n       -       -       discard
                local     unix  -       n       n       -       -       local
                virtual   unix  -       n       n       -       -       virtual
                lmtp      unix  -       -       n       -       -       lmtp
                anvil     unix  -       -       n       -       1       anvil
                scache    unix  -       -       n       -       1       scache
                postlog   unix-dgram n  -       n       -       1       postlogd
                """.formatted(port));
    }

    /**
     * With refusing, every command after the greeting is answered 451 (smtpd_delay_reject = no applies the client
     * restriction "defer" at once): a relay that is there but cannot take mail now; the service's health check,
     * which signs in, sees it too.
     */
    private void writeMainCf(boolean refusing) {
        Commands.write(home.resolve("conf/main.cf"), """
                compatibility_level = 3.6
                config_directory = %1$s/conf
                queue_directory = %1$s/queue
                data_directory = %1$s/data
                meta_directory = /etc/postfix
                command_directory = /usr/sbin
                daemon_directory = /usr/lib/postfix/sbin
                shlib_directory = /usr/lib/postfix
                mail_owner = postfix
                setgid_group = postdrop
                maillog_file = %1$s/postfix.log
                maillog_file_prefixes = %1$s
                myhostname = relay.reliability.localhost
                mydomain = reliability.localhost
                myorigin = $myhostname
                mydestination =
                alias_maps =
                alias_database =
                local_recipient_maps =
                inet_interfaces = loopback-only
                inet_protocols = ipv4
                mynetworks = 127.0.0.0/8
                smtputf8_enable = no
                biff = no
                message_size_limit = 52428800
                smtpd_tls_cert_file = %2$s
                smtpd_tls_key_file = %3$s
                smtpd_tls_security_level = encrypt
                smtpd_tls_auth_only = yes
                smtpd_sasl_auth_enable = yes
                smtpd_sasl_type = dovecot
                smtpd_sasl_path = inet:127.0.0.1:%4$d
                smtpd_client_restrictions = %5$s
                smtpd_delay_reject = %7$s
                defer_code = 451
                smtpd_relay_restrictions = permit_sasl_authenticated, reject
                smtpd_recipient_restrictions = permit_sasl_authenticated, reject
                virtual_mailbox_domains = static:all
                virtual_mailbox_base = %8$s
                virtual_mailbox_maps = texthash:%1$s/conf/sent-copies, static:%6$s/sent/
                virtual_uid_maps = static:%9$d
                virtual_gid_maps = static:%10$d
                virtual_minimum_uid = 1
                virtual_mailbox_limit = 0
                """.formatted(home, tls.certificate(), tls.key(), saslPort, refusing ? "defer" : "",
                        scratch.relativize(sink), refusing ? "no" : "yes", scratch, mailOwner[0], mailOwner[1]));
    }

    void start() {
        String master = Commands.executable("Postfix (postfix)", "/usr/lib/postfix/sbin/master");
        try {
            ProcessBuilder builder = new ProcessBuilder(master, "-d", "-c", home.resolve("conf").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("master.out").toFile());
            builder.environment().put("MAIL_CONFIG", home.resolve("conf").toString());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Postfix did not start", e);
        }
        Commands.awaitListening("Postfix", port, process, home.resolve("postfix.log"), Duration.ofSeconds(30));
    }

    /** Refuses (451) or accepts again, without a restart: the master re-reads main.cf on SIGHUP. */
    void refuseWith451(boolean refusing) {
        writeMainCf(refusing);
        Commands.run(home, List.of("kill", "-HUP", Long.toString(process.pid())));
    }

    int port() {
        return port;
    }

    Path sentMaildir() {
        return sink.resolve("sent");
    }

    Path log() {
        return home.resolve("postfix.log");
    }

    @Override
    public void close() {
        Commands.stop(process, Duration.ofSeconds(10));
        process = null;
    }
}
