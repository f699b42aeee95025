package uk.org.hscp.notifier.dispatch.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * E-mail reaches real outside addresses only in the {@code production} profile. Everywhere else the SMTP
 * relay must be on this machine (the embedded mail server, which keeps every e-mail and delivers nothing):
 * a relay elsewhere stops start-up unless {@code hscp.dispatch.allow-external-smtp-outside-production} is
 * set on purpose. In production, an address left at a reserved example domain (example.org, .invalid,
 * .test, .localhost…) stops start-up, naming its entry in config/recipients.yml.
 */
public final class OutgoingMailGuard {

    private static final List<String> RESERVED = List.of(".example", ".invalid", ".test", ".localhost", ".local",
            "@example.com", "@example.org", "@example.net", ".example.com", ".example.org", ".example.net");

    private OutgoingMailGuard() {
    }

    /**
     * @param addresses every configured address with the entry it comes from
     * @throws IllegalStateException naming what is wrong and how to put it right
     */
    public static void check(boolean production, String smtpHost, boolean allowExternalOutsideProduction,
            Map<String, String> addresses) {
        if (!production) {
            if (!isLocal(smtpHost) && !allowExternalOutsideProduction) {
                throw new IllegalStateException("Outside the production profile every e-mail goes to the embedded mail"
                        + " server, but spring.mail.host is '" + smtpHost + "'. Use localhost, run with"
                        + " SPRING_PROFILES_ACTIVE=production to send real e-mail, or set"
                        + " hscp.dispatch.allow-external-smtp-outside-production=true for a test relay that delivers nowhere.");
            }
            return;
        }
        addresses.forEach((address, entry) -> {
            String lower = address.toLowerCase(Locale.ROOT);
            if (RESERVED.stream().anyMatch(lower::endsWith)) {
                throw new IllegalStateException("config/recipients.yml: " + entry + " still holds the placeholder '"
                        + address + "'; put the real address in before running in production");
            }
        });
    }

    static boolean isLocal(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1") || h.equals("[::1]")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return false; // a name other than localhost: not resolved, never trusted to be local
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
