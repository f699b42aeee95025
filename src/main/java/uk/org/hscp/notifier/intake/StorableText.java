package uk.org.hscp.notifier.intake;

/**
 * What of a header's text the database can keep. PostgreSQL refuses a NUL in text (the insert fails, for ever),
 * and a lone UTF-16 surrogate cannot be written as UTF-8; both become U+FFFD here, and the e-mail that carried
 * them is quarantined as unreadable (its bytes are kept whole beside the text).
 */
public final class StorableText {

    /** @param changed something had to be replaced: the e-mail's text is not what it said */
    public record Cleaned(String text, boolean changed) {
    }

    private static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned(null, false);
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (c == '\0') {
                bad = true;
            } else if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? new Cleaned(text, false) : new Cleaned(out.toString(), true);
    }
}
