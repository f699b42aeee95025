package uk.org.hscp.notifier.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** What Postfix accepted and kept (its sink Maildir), counted by Message-ID. */
final class SentMail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path maildir;

    SentMail(Path maildir) {
        this.maildir = maildir;
    }

    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path folder = maildir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }

    /** Message-ID → how many copies Postfix kept. */
    Map<String, Integer> countsByMessageId() {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files()) {
            counts.merge(messageId(file), 1, Integer::sum);
        }
        return counts;
    }

    static String messageId(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String headers = new String(in.readNBytes(16384), java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = headers.indexOf("\n\n");
            String unfolded = (end < 0 ? headers : headers.substring(0, end)).replaceAll("\r?\n[ \t]+", " ");
            return unfolded.lines().filter(l -> l.regionMatches(true, 0, "Message-ID:", 0, 11)).findFirst()
                    .map(l -> l.substring(11).strip()).orElse("(none)");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(SESSION, in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves what earlier scenarios caused aside (nothing is in flight between scenarios), so counts start at 0. */
    void setAside(String why) {
        Path aside = maildir.resolveSibling("set-aside-" + why);
        try {
            Files.createDirectories(aside);
            for (Path file : files()) {
                Files.move(file, aside.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
