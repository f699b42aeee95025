package uk.org.hscp.notifier.forms.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Label matching that survives how agencies and converters change a form's text: case, punctuation,
 * curly apostrophes, white space and words wrapped inside narrow PDF cells are all ignored.
 */
final class Labels {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d{1,2}[a-z]?[.)]?\\s+");

    private Labels() {
    }

    /** Lower-case letters and digits only: {@code "Child's First Name"} becomes {@code "childsfirstname"}. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The squashed text of a heading without its section number: "6. Case Outline" gives "caseoutline". */
    static String headingKey(String text) {
        return squash(NUMBERING.matcher(text == null ? "" : text).replaceFirst(""));
    }

    /**
     * If {@code text} starts with {@code label} (compared as {@link #squash} does), the rest of the text after
     * it, else {@code null}. Leading colons, dashes and spaces of the rest are dropped.
     */
    static String afterLabel(String text, String label) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        int end = labelEnd(t, squash(label));
        return end < 0 ? null : trimLead(t.substring(end));
    }

    /**
     * Like {@link #afterLabel}, but only for a label written inline, "Label: value": the label must be
     * followed by a colon, or by nothing at all (then the value is empty).
     */
    static String afterInlineLabel(String text, String label) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        int end = labelEnd(t, squash(label));
        if (end < 0) {
            return null;
        }
        String rest = t.substring(end).strip();
        if (rest.isEmpty()) {
            return "";
        }
        return rest.charAt(0) == ':' ? trimLead(rest) : null;
    }

    private static String trimLead(String rest) {
        return rest.replaceFirst("^[\\s:;.\\-\u2013\u2014]+", "");
    }

    /** Index in {@code t} just after the characters matching {@code key}, or -1. */
    private static int labelEnd(String t, String key) {
        int k = 0;
        int i = 0;
        while (k < key.length() && i < t.length()) {
            int cp = t.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            String folded = squash(new String(Character.toChars(cp)));
            if (folded.isEmpty() || !key.startsWith(folded, k)) {
                return -1;
            }
            k += folded.length();
            i += Character.charCount(cp);
        }
        if (k < key.length() || (i < t.length() && Character.isLetterOrDigit(t.codePointAt(i)))) {
            return -1;
        }
        // A bracket or quote that closes the label, e.g. "(if applicable)", belongs to it.
        while (i < t.length() && ")]'\u2019".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
