package uk.org.hscp.notifier.anonymise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for the few plain-words lines a notice carries: whatever looks like a date, an
 * NHS number, a telephone number, an e-mail address or a postcode is withheld, and so is every identifying
 * value known for the case (names, aliases, addresses, schools, …) and each uncommon word of them. The lines are
 * written by the service from field names and problem codes, never copied from a form; this catches a
 * mistake in that rule, it is not the rule.
 */
public final class Redactor {

    public static final String WITHHELD = "[withheld]";

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

    private static final List<Pattern> GENERIC = List.of(
            // e-mail addresses
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"),
            // dates: 14/10/2026, 14.10.26, 14-10-2026, 2026-10-14, 14 October 2026, 14th Oct 2026, October 14, 2026
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"),
            Pattern.compile("\\b\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}\\b"),
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{2,4}\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b", Pattern.CASE_INSENSITIVE),
            // NHS numbers (3-3-4 digits) and UK telephone numbers (0 or +44 then 9 or 10 digits)
            Pattern.compile("(?<![\\w])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\w])"),
            Pattern.compile("(?<![\\w+])(?:\\+44\\s?|0)(?:\\d[ -]?){8,9}\\d(?![\\w])"),
            // UK postcodes
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b"));

    /** Words of addresses and school names too common to withhold on their own (the whole value still is). */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("the", "and", "road", "street", "lane",
            "avenue", "close", "crescent", "drive", "way", "place", "court", "house", "flat", "gardens", "hill",
            "park", "green", "school", "primary", "secondary", "academy", "college", "nursery", "infant", "infants",
            "junior", "juniors", "high", "church", "saint", "c of e", "community", "unknown", "none", "n/a");

    private final List<Pattern> known;

    private Redactor(List<Pattern> known) {
        this.known = List.copyOf(known);
    }

    /** Withholds what looks identifying, whoever it belongs to. */
    public static Redactor generic() {
        return new Redactor(List.of());
    }

    /**
     * Also withholds these values, and each word of three letters or more in them, wherever they appear
     * (whole words, any case).
     */
    public Redactor alsoWithholding(Collection<String> identifyingValues) {
        List<String> words = new ArrayList<>();
        for (String value : identifyingValues) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String trimmed = value.strip();
            words.add(trimmed);
            for (String word : trimmed.split("[\\s,;:/()\"]+")) {
                String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (w.codePointCount(0, w.length()) >= 3
                        && !COMMON_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    words.add(w);
                }
            }
        }
        List<Pattern> patterns = new ArrayList<>(known);
        words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .forEach(patterns::add);
        return new Redactor(patterns);
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : known) {
            result = replace(pattern, result);
        }
        for (Pattern pattern : GENERIC) {
            result = replace(pattern, result);
        }
        return result.replaceAll(Pattern.quote(WITHHELD) + "(?:[\\s,]*" + Pattern.quote(WITHHELD) + ")+", WITHHELD);
    }

    /** True when scrubbing would change the text. */
    public boolean wouldChange(String text) {
        return text != null && !scrub(text).equals(text);
    }

    private static String replace(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(WITHHELD)) : text;
    }

    @Override
    public String toString() {
        return "Redactor[" + known.size() + " known values]";
    }
}
