package uk.org.hscp.notifier.cases.web;

import java.util.Locale;
import java.util.Set;

/** Codes and JSON keys in plain words for the staff pages: DATE_OF_BIRTH and dateOfBirth read "Date of birth". */
final class Wording {

    private static final Set<String> ACRONYMS = Set.of("NHS", "HSCP", "LIG", "ICB", "CCG", "LCSPR", "SOS", "DFE");

    private Wording() {
    }

    /** A code (UPPER_SNAKE) or a key (camelCase) as a sentence-case phrase, keeping known acronyms. */
    static String words(String code) {
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.ROOT))
                ? code.replace('_', ' ')
                : code.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        StringBuilder phrase = new StringBuilder();
        for (String word : spaced.strip().split("\\s+")) {
            String upper = word.toUpperCase(Locale.ROOT);
            String shown = ACRONYMS.contains(upper) ? upper : word.toLowerCase(Locale.ROOT);
            phrase.append(phrase.length() == 0 ? capitalised(shown) : " " + shown);
        }
        return phrase.toString();
    }

    /**
     * A value as stored: codes with an underscore, or of five letters or more, in words (CHILD_SERIOUSLY_HARMED,
     * EDUCATION); YES and NO as Yes and No; short codes (NPS, SCAS) and anything else as they are.
     */
    static String value(String text) {
        if (text.equals("YES") || text.equals("NO")) {
            return capitalised(text.toLowerCase(Locale.ROOT));
        }
        boolean code = text.matches("[A-Z][A-Z0-9_]*") && (text.contains("_") || text.length() >= 5);
        return code ? words(text) : text;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
