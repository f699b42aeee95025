package uk.org.hscp.notifier.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Authentication-Results} header field (RFC 8601), read leniently: comments in parentheses (nested,
 * with quoted pairs) are dropped, quoted values unquoted, folding undone, unknown methods and properties kept
 * as they are. Exchange Online writes its field without an authserv-id ({@code spf=pass (sender IP is …)
 * smtp.mailfrom=…; dkim=…; dmarc=pass action=none header.from=…; compauth=pass reason=100}): such a field is
 * read with an empty {@link #authservId()}. Plain Java, no mail library.
 *
 * @param authservId lower-case; empty when the field has none (the Exchange Online form)
 * @param results    every {@code method=result} in the order written; none for {@code authserv-id; none}
 */
public record AuthenticationResults(String authservId, List<Result> results) {

    /**
     * One {@code method=result} with its properties ({@code header.from}, {@code header.d}, {@code smtp.mailfrom},
     * {@code reason}, vendor ones like {@code action}), names lower-case, values as written (unquoted).
     */
    public record Result(String method, String result, Map<String, String> properties) {

        public Result {
            properties = Map.copyOf(properties);
        }

        public Optional<String> property(String name) {
            return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    public AuthenticationResults {
        results = List.copyOf(results);
    }

    /** Fields longer than this are not read at all (a real one is a few hundred characters). */
    static final int MAX_LENGTH = 16_384;

    /** @return empty when the field is not readable as one (no authserv-id, no result, unbalanced quotes) */
    public static Optional<AuthenticationResults> parse(String field) {
        if (field == null || field.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<String> bare = withoutComments(field.replaceAll("\r?\n(?=[ \t])", "").replace('\t', ' '));
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        List<String> segments = splitOutsideQuotes(bare.get(), ';');
        String head = segments.get(0).strip();
        List<String> resinfo = new ArrayList<>(segments.subList(1, segments.size()));
        String authservId;
        if (looksLikeResult(head)) {
            authservId = ""; // Exchange Online: the field starts with its first result
            resinfo.add(0, head);
        } else {
            List<String> words = splitOutsideQuotes(head, ' ').stream().filter(w -> !w.isBlank()).toList();
            if (words.isEmpty() || words.size() > 2 || (words.size() == 2 && !words.get(1).matches("\\d{1,9}"))) {
                return Optional.empty();
            }
            authservId = unquote(words.get(0)).toLowerCase(Locale.ROOT);
            if (authservId.isEmpty()) {
                return Optional.empty();
            }
        }
        List<Result> results = new ArrayList<>();
        for (String segment : resinfo) {
            String text = segment.strip();
            if (text.isEmpty() || (results.isEmpty() && text.equalsIgnoreCase("none"))) {
                continue; // "authserv-id; none": nothing was checked; or an empty segment after a trailing ';'
            }
            result(text).ifPresent(results::add);
        }
        return Optional.of(new AuthenticationResults(authservId, results));
    }

    /** Every result for this method (lower-case), in the order written. */
    public List<Result> resultsFor(String method) {
        return results.stream().filter(r -> r.method().equals(method)).toList();
    }

    private static boolean looksLikeResult(String head) {
        return head.matches("(?s)[A-Za-z0-9_-]+(\\s*/\\s*\\d+)?\\s*=.*");
    }

    /** {@code method[/version]=result *( ptype.property=value / reason=value / vendor=value )}. */
    private static Optional<Result> result(String text) {
        List<String> items = splitOutsideQuotes(tightenEquals(text), ' ').stream().filter(w -> !w.isBlank()).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String first = items.get(0);
        int equals = first.indexOf('=');
        if (equals <= 0 || equals == first.length() - 1) {
            return Optional.empty();
        }
        String method = first.substring(0, equals);
        int slash = method.indexOf('/');
        method = (slash < 0 ? method : method.substring(0, slash)).toLowerCase(Locale.ROOT);
        String result = unquote(first.substring(equals + 1)).toLowerCase(Locale.ROOT);
        if (!method.matches("[a-z0-9_-]+") || !result.matches("[a-z0-9_-]+")) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String item : items.subList(1, items.size())) {
            int eq = item.indexOf('=');
            if (eq > 0 && eq < item.length() - 1) {
                properties.putIfAbsent(item.substring(0, eq).toLowerCase(Locale.ROOT), unquote(item.substring(eq + 1)));
            }
        }
        return Optional.of(new Result(method, result, properties));
    }

    /** {@code header.from = x} and {@code dkim / 1 = pass} → {@code header.from=x}, {@code dkim/1=pass}. */
    private static String tightenEquals(String text) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (!quoted && (c == '=' || c == '/')) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(c);
                while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops comments (nested, with quoted pairs), outside quoted strings; empty when unbalanced. */
    static Optional<String> withoutComments(String field) {
        StringBuilder out = new StringBuilder(field.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && (quoted || depth > 0) && i + 1 < field.length()) {
                if (depth == 0) {
                    out.append(c).append(field.charAt(i + 1));
                }
                i++;
            } else if (depth == 0 && c == '"') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && c == '(') {
                depth++;
                if (depth == 1) {
                    out.append(' ');
                }
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    return Optional.empty();
                }
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return depth == 0 && !quoted ? Optional.of(out.toString()) : Optional.empty();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return v;
    }
}
