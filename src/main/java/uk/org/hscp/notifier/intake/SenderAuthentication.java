package uk.org.hscp.notifier.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.org.hscp.notifier.agencies.KnownSenders;

/**
 * Whether the organisation's own mail gateway vouches for the domain in an e-mail's From (RFC 8601, RFC 7489):
 * the topmost {@code Authentication-Results} field whose authserv-id is trusted must say {@code dmarc=pass} with
 * {@code header.from} the From domain, or, where that domain publishes no DMARC policy ({@code dmarc=none}, or
 * Exchange Online's {@code bestguesspass}), {@code dkim=pass} with a {@code header.d} aligned to it. Fields of
 * other authserv-ids, and trusted ones below the topmost, are ignored: anyone can write them. Plain Java.
 */
public final class SenderAuthentication {

    public enum Mode {
        /** Every e-mail must be vouched for by a trusted gateway (production). */
        REQUIRED,
        /** Not checked (embedded defaults: the embedded mail server stamps nothing). */
        OFF
    }

    /** The authserv-id to configure for Exchange Online, whose field has none (it starts with {@code spf=}). */
    public static final String EXCHANGE_ONLINE = "exchange-online";

    /** @param detail plain words for the HSCP team: what was found (domains and results, never a person) */
    public record Check(boolean authenticated, String detail) {
    }

    private final Mode mode;
    private final Set<String> trustedIds;

    public SenderAuthentication(Mode mode, List<String> authservIds) {
        this.mode = mode;
        this.trustedIds = (authservIds == null ? List.<String>of() : authservIds).stream()
                .map(id -> id.strip().toLowerCase(Locale.ROOT))
                .map(id -> id.equals(EXCHANGE_ONLINE) ? "" : id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Production must check every sender: {@code off}, or no authserv-id to trust, stops start-up.
     *
     * @throws IllegalStateException naming the setting and what to put in it
     */
    public static void checkForProduction(Mode mode, List<String> authservIds) {
        if (mode != Mode.REQUIRED) {
            throw new IllegalStateException("hscp.intake.sender-authentication.mode is '"
                    + String.valueOf(mode).toLowerCase(Locale.ROOT) + "', but the production profile requires"
                    + " 'required': without it anyone can write From: someone@nhs.net and open a case."
                    + " See docs/trust-at-the-door.md.");
        }
        if (authservIds == null || authservIds.stream().allMatch(id -> id == null || id.isBlank())) {
            throw new IllegalStateException("hscp.intake.sender-authentication.authserv-ids is empty: name the"
                    + " authserv-id of the mail gateway whose Authentication-Results the service trusts ('"
                    + EXCHANGE_ONLINE + "' for Exchange Online). See docs/trust-at-the-door.md.");
        }
    }

    public boolean required() {
        return mode == Mode.REQUIRED;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * @param fieldsTopFirst every Authentication-Results field of the e-mail, in the order of its header (topmost
     *                       first), as written (folded)
     * @param fromAddress    the one address of the From field, or null
     */
    public Check check(List<String> fieldsTopFirst, String fromAddress) {
        String domain = KnownSenders.domainOf(fromAddress).orElse(null);
        if (domain == null) {
            return new Check(false, "The From field holds no single address with a domain that can be checked.");
        }
        Optional<AuthenticationResults> trusted = fieldsTopFirst.stream()
                .map(AuthenticationResults::parse).flatMap(Optional::stream)
                .filter(field -> trustedIds.contains(field.authservId()))
                .findFirst();
        if (trusted.isEmpty()) {
            return new Check(false, "No Authentication-Results from a trusted mail gateway: nothing vouches that "
                    + domain + " sent it.");
        }
        AuthenticationResults field = trusted.get();
        String gateway = field.authservId().isEmpty() ? EXCHANGE_ONLINE : field.authservId();
        List<AuthenticationResults.Result> dmarc = field.resultsFor("dmarc").stream()
                .filter(r -> r.property("header.from").flatMap(SenderAuthentication::domainOfValue)
                        .filter(domain::equals).isPresent())
                .toList();
        if (dmarc.stream().anyMatch(r -> r.result().equals("pass"))
                && dmarc.stream().noneMatch(r -> !r.result().equals("pass"))) {
            return new Check(true, "The mail gateway (" + gateway + ") says dmarc=pass for " + domain + ".");
        }
        boolean noPolicy = !dmarc.isEmpty()
                && dmarc.stream().allMatch(r -> r.result().equals("none") || r.result().equals("bestguesspass"));
        if (noPolicy) {
            boolean alignedDkim = field.resultsFor("dkim").stream()
                    .filter(r -> r.result().equals("pass"))
                    .map(r -> r.property("header.d").flatMap(SenderAuthentication::domainOfValue))
                    .flatMap(Optional::stream)
                    .anyMatch(d -> aligned(d, domain));
            if (alignedDkim) {
                return new Check(true, "The mail gateway (" + gateway + ") says " + domain
                        + " publishes no DMARC policy and dkim=pass with an aligned signing domain.");
            }
            return new Check(false, "The mail gateway (" + gateway + ") says " + domain
                    + " publishes no DMARC policy, and no DKIM signature of that domain passed.");
        }
        String said = dmarc.isEmpty() ? "no DMARC result for " + domain
                : "dmarc=" + dmarc.stream().map(AuthenticationResults.Result::result).distinct()
                        .collect(Collectors.joining(",")) + " for " + domain;
        return new Check(false, "The mail gateway (" + gateway + ") says " + said + ".");
    }

    /**
     * Relaxed alignment (RFC 7489 3.1.1) without a public suffix list: the same domain, or one a subdomain of the
     * other, the shorter having at least two labels (a signature of {@code uk} aligns with nothing).
     */
    static boolean aligned(String signingDomain, String fromDomain) {
        if (signingDomain.equals(fromDomain)) {
            return true;
        }
        String shorter = signingDomain.length() < fromDomain.length() ? signingDomain : fromDomain;
        String longer = shorter == signingDomain ? fromDomain : signingDomain;
        return shorter.contains(".") && longer.endsWith("." + shorter);
    }

    /** {@code hants.gov.uk}, {@code @hants.gov.uk} or {@code someone@hants.gov.uk} → {@code hants.gov.uk}. */
    private static Optional<String> domainOfValue(String value) {
        String v = value.strip();
        return KnownSenders.domainOf(v.contains("@") ? v : "x@" + v);
    }
}
