package uk.org.hscp.notifier.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case's reference, like HSCP-2026-0007: the year it was opened and its number that year. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("HSCP-(\\d{4})-(\\d{4,6})");
    private static final Pattern ANYWHERE = Pattern.compile("(?<![A-Za-z0-9])HSCP-\\d{4}-\\d{4,6}(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case reference: expected HSCP-YYYY-NNNN");
        }
    }

    public static CaseReference of(int year, int number) {
        return new CaseReference(String.format("HSCP-%04d-%04d", year, number));
    }

    /** The first reference written anywhere in a text, such as an e-mail subject. */
    public static Optional<CaseReference> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ANYWHERE.matcher(text);
        return matcher.find() ? Optional.of(new CaseReference(matcher.group().toUpperCase())) : Optional.empty();
    }

    public static Optional<CaseReference> parse(String text) {
        return text == null || !FORMAT.matcher(text.strip().toUpperCase()).matches() ? Optional.empty()
                : Optional.of(new CaseReference(text.strip().toUpperCase()));
    }

    @Override
    public String toString() {
        return value;
    }
}
