package uk.org.hscp.notifier.agencies;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The agencies whose secure mail domains (and single addresses) may send forms. */
public final class KnownSenders {

    public record Agency(String code, String name, List<String> domains, List<String> addresses) {

        public Agency {
            domains = domains == null ? List.of() : domains.stream().map(KnownSenders::lower).toList();
            addresses = addresses == null ? List.of() : addresses.stream().map(KnownSenders::lower).toList();
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("agencies.yml: an agency has no code");
            }
            if (domains.isEmpty() && addresses.isEmpty()) {
                throw new IllegalArgumentException("agencies.yml: agency " + code + " lists no domain or address");
            }
        }

        boolean sends(String address) {
            String domain = address.substring(address.lastIndexOf('@') + 1);
            return addresses.contains(address)
                    || domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
        }
    }

    private final List<Agency> agencies;

    public KnownSenders(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
    }

    public Optional<Agency> agencyOf(String address) {
        if (address == null || address.indexOf('@') < 1) {
            return Optional.empty();
        }
        String normalised = lower(address);
        return agencies.stream().filter(a -> a.sends(normalised)).findFirst();
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

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
