package uk.org.hscp.notifier.dispatch.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * E-mail reaches real outside addresses only in the {@code production} profile. Everywhere else the SMTP
 * relay must be on this machine (the embedded mail server, which keeps every e-mail and delivers nothing):
 * a relay elsewhere stops start-up unless {@code hscp.dispatch.allow-external-smtp-outside-production} is
 * set on purpose. In production, an address left at a placeholder domain ({@code *.example}, where every
 * shipped placeholder of config/recipients.yml is) stops start-up, naming every such entry at once. Other
 * domains are the operator's business: {@code example.org}, the README's own example, is a real domain.
 */
public final class OutgoingMailGuard {

    private static final List<String> PLACEHOLDER_DOMAINS = List.of(".example");

    private OutgoingMailGuard() {
    }

    /**
     * @param addresses every configured address with the entry it comes from
     * @throws IllegalStateException naming what is wrong and how to put it right
     */
    public static void check(boolean production, String smtpHost, boolean allowExternalOutsideProduction,
            Map<String, String> addresses) {
        List<String> problems = problems(production, smtpHost, allowExternalOutsideProduction, addresses);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
    }

    /** Every problem at once, each naming its setting; empty when mail may go. */
    public static List<String> problems(boolean production, String smtpHost, boolean allowExternalOutsideProduction,
            Map<String, String> addresses) {
        if (!production) {
            if (!isLocal(smtpHost) && !allowExternalOutsideProduction) {
                return List.of("Outside the production profile every e-mail goes to the embedded mail"
                        + " server, but spring.mail.host is '" + smtpHost + "'. Use localhost, run with"
                        + " SPRING_PROFILES_ACTIVE=production to send real e-mail, or set"
                        + " hscp.dispatch.allow-external-smtp-outside-production=true for a test relay that delivers nowhere.");
            }
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        new TreeMap<>(addresses).forEach((address, entry) -> {
            String lower = address.toLowerCase(Locale.ROOT);
            if (PLACEHOLDER_DOMAINS.stream().anyMatch(lower::endsWith)) {
                problems.add("config/recipients.yml: " + entry + " still holds the placeholder '"
                        + address + "'; put the real address in before running in production");
            }
        });
        return problems;
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
