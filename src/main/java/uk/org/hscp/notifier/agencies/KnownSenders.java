package uk.org.hscp.notifier.agencies;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agencies whose secure mail domains (and single addresses) may send forms. A domain matches exactly; a
 * subdomain only where it is listed, as {@code "*.nhs.net"} (any name ending in {@code .nhs.net}, not
 * {@code nhs.net} itself). Only ASCII host names are compared (case-insensitively, as DNS does): an address with
 * any other character (a Unicode confusable, an IDN in Unicode form, the Kelvin sign that lower-cases to
 * {@code k}), a trailing dot or an empty label never matches. A single address wins over a domain, an exact
 * domain over a wildcard.
 */
public final class KnownSenders {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile(LABEL + "(\\." + LABEL + ")+");

    public record Agency(String code, String name, List<String> domains, List<String> addresses) {

        public Agency {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("agencies.yml: an agency has no code");
            }
            String agency = code;
            domains = domains == null ? List.of() : domains.stream().map(d -> domainEntry(agency, d)).toList();
            addresses = addresses == null ? List.of() : addresses.stream().map(a -> addressEntry(agency, a)).toList();
            if (domains.isEmpty() && addresses.isEmpty()) {
                throw new IllegalArgumentException("agencies.yml: agency " + code + " lists no domain or address");
            }
        }

        boolean listsAddress(String address) {
            return addresses.contains(address);
        }

        boolean listsDomain(String domain) {
            return domains.contains(domain);
        }

        boolean listsParentOf(String domain) {
            return domains.stream().anyMatch(d -> d.startsWith("*.") && domain.endsWith(d.substring(1)));
        }
    }

    private final List<Agency> agencies;

    public KnownSenders(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    public Optional<Agency> agencyOf(String address) {
        Optional<String> normalised = normalised(address);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        String exact = normalised.get();
        String domain = exact.substring(exact.lastIndexOf('@') + 1);
        return agencies.stream().filter(a -> a.listsAddress(exact)).findFirst()
                .or(() -> agencies.stream().filter(a -> a.listsDomain(domain)).findFirst())
                .or(() -> agencies.stream().filter(a -> a.listsParentOf(domain)).findFirst());
    }

    public boolean isKnown(String address) {
        return agencyOf(address).isPresent();
    }

    public List<Agency> agencies() {
        return agencies;
    }

    /** The agency's name in config/agencies.yml, or its code in words when it has none there. */
    public String nameOf(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst().map(Agency::name)
                .orElse(code.replace('_', ' '));
    }

    /**
     * The domain of an address, lower-case, when the address is ASCII and its domain a host name (two labels or
     * more, letters, digits and hyphens, no trailing dot); else empty.
     */
    public static Optional<String> domainOf(String address) {
        return normalised(address).map(a -> a.substring(a.lastIndexOf('@') + 1));
    }

    /** The address lower-cased (ASCII only), when it is ASCII with a host-name domain; else empty. */
    public static Optional<String> normalised(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        int at = a.lastIndexOf('@');
        if (at < 1 || !a.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Optional.empty();
        }
        String lower = asciiLower(a);
        return HOST.matcher(lower.substring(at + 1)).matches() ? Optional.of(lower) : Optional.empty();
    }

    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    private static String domainEntry(String agency, String entry) {
        String d = entry == null ? "" : asciiLower(entry.strip());
        String host = d.startsWith("*.") ? d.substring(2) : d;
        if (!host.chars().allMatch(c -> c < 0x7f) || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("agencies.yml: agency " + agency + " lists domain '" + entry
                    + "', which is not an ASCII host name (write a subdomain wildcard as \"*.nhs.net\")");
        }
        return d;
    }

    private static String addressEntry(String agency, String entry) {
        Optional<String> a = normalised(entry);
        if (a.isEmpty()) {
            throw new IllegalArgumentException("agencies.yml: agency " + agency + " lists address '" + entry
                    + "', which is not an ASCII e-mail address");
        }
        return a.get();
    }
}
