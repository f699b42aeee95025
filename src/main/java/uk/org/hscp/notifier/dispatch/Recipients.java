package uk.org.hscp.notifier.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.org.hscp.notifier.notices.NoticeKind;

/**
 * config/recipients.yml as validated rules: the addresses of each role, the LIG member agencies, and the
 * roles each kind of notice goes to. Built once at start-up; any unknown role, unknown notice kind or bad
 * address stops the service with a message naming the entry.
 */
public final class Recipients {

    /** Where a validation message says the entries come from. */
    public static final String SOURCE = "config/recipients.yml";

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9_]+");

    /**
     * One address to send to, and the role it was found under (e.g. {@code NATIONAL_PANEL},
     * {@code LIG_MEMBER_AGENCIES:POLICE}, {@code SENDER}); {@code agency} is set for a LIG member agency.
     */
    public record Recipient(String address, String role, String agency) {

        @Override
        public String toString() {
            return "Recipient[" + role + "]";
        }
    }

    /** The recipients of one notice, and what could not be resolved (each in plain words, no address). */
    public record Resolution(List<Recipient> recipients, List<String> problems) {
    }

    /** Thrown at start-up for bad entries; the message names every one of them. */
    public static final class InvalidRecipients extends IllegalArgumentException {

        private final List<String> problems;

        public InvalidRecipients(String message) {
            this(message, List.of(message));
        }

        InvalidRecipients(String message, List<String> problems) {
            super(SOURCE + ": " + message);
            this.problems = problems.stream().map(p -> SOURCE + ": " + p).toList();
        }

        /** Each entry at fault, with the file it is in. */
        public List<String> problems() {
            return problems;
        }
    }

    private final Map<RecipientRole, List<String>> addresses = new EnumMap<>(RecipientRole.class);
    private final Map<String, List<String>> agencies = new LinkedHashMap<>();
    private final Map<NoticeKind, List<String>> noticeRoles = new EnumMap<>(NoticeKind.class);

    /**
     * @param roles       {@code hscp.recipients.roles}: role name to addresses
     * @param ligAgencies {@code hscp.recipients.lig-member-agencies}: agency code to addresses
     * @param notices     {@code hscp.notices.<KIND>.to}: notice kind to role names
     */
    public Recipients(Map<String, List<String>> roles, Map<String, List<String>> ligAgencies,
            Map<String, List<String>> notices) {
        roles = roles == null ? Map.of() : roles;
        ligAgencies = ligAgencies == null ? Map.of() : ligAgencies;
        notices = notices == null ? Map.of() : notices;
        // every entry at fault is named, in one message: an operator fixes them all in one go
        List<String> problems = new ArrayList<>();
        for (var entry : roles.entrySet()) {
            String where = "hscp.recipients.roles." + entry.getKey();
            Optional<RecipientRole> named = roleNamed(entry.getKey());
            if (named.isEmpty()) {
                problems.add(where + ": unknown role (known: " + addressRoles() + ")");
                continue;
            }
            RecipientRole role = named.get();
            if (!role.listedByAddress()) {
                problems.add(where + ": " + role + " is not given addresses here"
                        + (role == RecipientRole.LIG_MEMBER_AGENCIES ? " (use hscp.recipients.lig-member-agencies)" : ""));
                continue;
            }
            addresses.put(role, validAddresses(where, entry.getValue(), problems));
        }
        for (RecipientRole role : RecipientRole.values()) {
            if (role.listedByAddress() && !addresses.containsKey(role)) {
                problems.add("hscp.recipients.roles." + role + ": missing (every role needs an address)");
            }
        }
        for (var entry : ligAgencies.entrySet()) {
            String code = entry.getKey().strip().toUpperCase(Locale.ROOT);
            String where = "hscp.recipients.lig-member-agencies." + entry.getKey();
            if (!AGENCY_CODE.matcher(code).matches()) {
                problems.add(where + ": an agency code is letters, digits and _");
                continue;
            }
            agencies.put(code, validAddresses(where, entry.getValue(), problems));
        }
        if (ligAgencies.isEmpty()) {
            problems.add("hscp.recipients.lig-member-agencies: no LIG member agency is listed");
        }
        for (var entry : notices.entrySet()) {
            String where = "hscp.notices." + entry.getKey() + ".to";
            Optional<NoticeKind> kind = kindNamed(entry.getKey());
            if (kind.isEmpty()) {
                problems.add("hscp.notices." + entry.getKey() + ": unknown notice kind");
                continue;
            }
            List<String> names = entry.getValue() == null ? List.of() : entry.getValue();
            if (names.isEmpty()) {
                problems.add(where + ": no role");
            }
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i) == null ? "" : names.get(i).strip();
                if (!isKnownRole(name)) {
                    problems.add(where + "[" + i + "]: unknown role '" + name + "'");
                    continue;
                }
                valid.add(name.toUpperCase(Locale.ROOT));
            }
            noticeRoles.put(kind.get(), List.copyOf(valid));
        }
        for (NoticeKind kind : NoticeKind.values()) {
            if (!noticeRoles.containsKey(kind)) {
                problems.add("hscp.notices." + kind + ".to: missing (every kind of notice needs recipients)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecipients(String.join("; ", problems), problems);
        }
    }

    /** The role names configured for a kind of notice. */
    public List<String> rolesFor(NoticeKind kind) {
        return noticeRoles.get(kind);
    }

    public Set<String> ligAgencies() {
        return agencies.keySet();
    }

    /** Each role with its addresses, as configured (for the Settings page). */
    public Map<String, List<String>> roleAddresses() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        addresses.forEach((role, list) -> byName.put(role.name(), list));
        return byName;
    }

    /** Each LIG member agency with its addresses, as configured (for the Settings page). */
    public Map<String, List<String>> ligAgencyAddresses() {
        return Collections.unmodifiableMap(agencies);
    }

    /** Every configured address with the entry it comes from, for checks such as the production guard. */
    public Map<String, String> everyAddress() {
        Map<String, String> all = new LinkedHashMap<>();
        addresses.forEach((role, list) -> list.forEach(a -> all.putIfAbsent(a, "hscp.recipients.roles." + role)));
        agencies.forEach((code, list) -> list.forEach(a -> all.putIfAbsent(a, "hscp.recipients.lig-member-agencies." + code)));
        return all;
    }

    /**
     * Resolves the recipients of one notice. Addresses found under two roles get one e-mail.
     *
     * @param reminderRoles the roles written on the reminder, for {@link RecipientRole#REMINDER_ROLES}
     * @param sender        the address of the e-mail the notice answers, or of the case's referrer
     * @param onlyAgency    for a per-agency deadline: LIG_MEMBER_AGENCIES means that agency only
     */
    public Resolution resolve(NoticeKind kind, List<String> reminderRoles, Optional<String> sender,
            Optional<String> onlyAgency) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String name : rolesFor(kind)) {
            if (name.equals(RecipientRole.REMINDER_ROLES.name())) {
                if (reminderRoles == null || reminderRoles.isEmpty()) {
                    problems.add("The reminder lists no role.");
                }
                for (String reminderRole : reminderRoles == null ? List.<String>of() : reminderRoles) {
                    String trimmed = reminderRole.strip().toUpperCase(Locale.ROOT);
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    if (isKnownRole(trimmed) && !trimmed.equals(RecipientRole.REMINDER_ROLES.name())) {
                        names.add(trimmed);
                    } else {
                        problems.add("The reminder names an unknown role: " + safe(trimmed) + ".");
                    }
                }
            } else {
                names.add(name);
            }
        }
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (String name : names) {
            for (Recipient recipient : addressesOf(name, sender, onlyAgency, problems)) {
                String key = recipient.address().toLowerCase(Locale.ROOT);
                Recipient earlier = byAddress.get(key);
                byAddress.put(key, earlier == null ? recipient
                        : new Recipient(earlier.address(), earlier.role() + "+" + recipient.role(), earlier.agency()));
            }
        }
        return new Resolution(List.copyOf(byAddress.values()), List.copyOf(problems));
    }

    private List<Recipient> addressesOf(String name, Optional<String> sender, Optional<String> onlyAgency,
            List<String> problems) {
        if (name.equals(RecipientRole.SENDER.name()) || name.equals(RecipientRole.REFERRING_AGENCY.name())) {
            if (sender.isPresent() && ADDRESS.matcher(sender.get()).matches()) {
                return List.of(new Recipient(sender.get(), name, null));
            }
            problems.add(name.equals(RecipientRole.SENDER.name()) ? "There is no sender address to reply to."
                    : "The case has no referrer address.");
            return List.of();
        }
        String prefix = RecipientRole.LIG_MEMBER_AGENCIES.name();
        if (name.equals(prefix)) {
            List<Recipient> all = new ArrayList<>();
            agencies.forEach((code, list) -> {
                if (onlyAgency.isEmpty() || onlyAgency.get().equalsIgnoreCase(code)) {
                    list.forEach(a -> all.add(new Recipient(a, prefix + ":" + code, code)));
                }
            });
            if (all.isEmpty()) {
                problems.add("No LIG member agency address for agency " + safe(onlyAgency.orElse("")) + ".");
            }
            return all;
        }
        if (name.startsWith(prefix + ":")) {
            String code = name.substring(prefix.length() + 1);
            return agencies.getOrDefault(code, List.of()).stream().map(a -> new Recipient(a, name, code)).toList();
        }
        return addresses.get(RecipientRole.valueOf(name)).stream().map(a -> new Recipient(a, name, null)).toList();
    }

    /** A role name as config and reminders may write it: a role, or LIG_MEMBER_AGENCIES:CODE of a listed agency. */
    public boolean isKnownRole(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        String prefix = RecipientRole.LIG_MEMBER_AGENCIES.name() + ":";
        if (upper.startsWith(prefix)) {
            return agencies.containsKey(upper.substring(prefix.length()));
        }
        return roleNamed(upper).isPresent();
    }

    public static boolean isAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    private static List<String> validAddresses(String where, List<String> list, List<String> problems) {
        if (list == null || list.isEmpty()) {
            problems.add(where + ": no address");
            return List.of();
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String address = list.get(i) == null ? "" : list.get(i).strip();
            if (!ADDRESS.matcher(address).matches()) {
                problems.add(where + "[" + i + "]: '" + safe(address) + "' is not an e-mail address");
                continue;
            }
            valid.add(address);
        }
        return List.copyOf(valid);
    }

    private static Optional<RecipientRole> roleNamed(String name) {
        try {
            return Optional.of(RecipientRole.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<NoticeKind> kindNamed(String name) {
        try {
            return Optional.of(NoticeKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<RecipientRole> addressRoles() {
        return java.util.Arrays.stream(RecipientRole.values()).filter(RecipientRole::listedByAddress).toList();
    }

    /** A configuration value shown in a message: short, printable. */
    private static String safe(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
