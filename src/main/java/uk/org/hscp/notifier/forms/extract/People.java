package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names as agencies write them in the family and subject-child cells: "Mother: Shannon Fairbrother (aka
 * Shannon Smith)", "Darren Lyndhurst (Stepfather)", "Gary Okafor - Mother's partner", "Kai and Leo Smith".
 */
final class People {

    /** One person's line: the name, aliases, and the relationship if the line gives one. */
    record Named(String name, List<String> aliases, String relationship) {
    }

    private static final Pattern LEADING_RELATIONSHIP = Pattern.compile("^([\\p{L}][\\p{L}'\u2019 \\-]{1,40}?)\\s*:\\s*(.+)$");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ALIAS = Pattern.compile(
            "^(?:aka|a\\.k\\.a\\.?|also known as|known as|formerly|previously|n[e\u00E9]e)\\s*:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_ALIAS = Pattern.compile("\\s+(?:aka|a\\.k\\.a\\.?|also known as)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_RELATIONSHIP = Pattern.compile("^(.+?)\\s+[-\u2013\u2014]\\s+([\\p{L}'\u2019 ]{2,30})$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:[,;/]|\\s&\\s|\\sand\\s)\\s*",
            Pattern.CASE_INSENSITIVE);

    private People() {
    }

    static Named parse(String line) {
        String s = Values.fold(line);
        String relationship = null;
        List<String> aliases = new ArrayList<>();
        Matcher lead = LEADING_RELATIONSHIP.matcher(s);
        if (lead.matches()) {
            relationship = Values.fold(lead.group(1));
            s = lead.group(2);
        }
        Matcher brackets = BRACKETS.matcher(s);
        StringBuilder rest = new StringBuilder();
        while (brackets.find()) {
            String inner = Values.fold(brackets.group(1));
            Matcher alias = ALIAS.matcher(inner);
            if (alias.matches()) {
                aliases.addAll(list(alias.group(1)));
            } else if (relationship == null && !inner.isEmpty()) {
                relationship = inner;
            }
            brackets.appendReplacement(rest, " ");
        }
        brackets.appendTail(rest);
        s = Values.fold(rest.toString());
        String[] inlineAlias = INLINE_ALIAS.split(s, 2);
        if (inlineAlias.length == 2) {
            s = inlineAlias[0];
            aliases.addAll(list(inlineAlias[1]));
        }
        if (relationship == null) {
            Matcher trailing = TRAILING_RELATIONSHIP.matcher(s);
            if (trailing.matches()) {
                s = trailing.group(1);
                relationship = Values.fold(trailing.group(2));
            }
        }
        String name = Values.fold(s).replaceAll("[,;:.\\-]+$", "").trim();
        return new Named(name.isEmpty() ? null : name, aliases, relationship);
    }

    /** Names in a list cell: split on commas, semicolons, slashes, "and" and "&"; "None" and N/A give none. */
    static List<String> list(String text) {
        String folded = Values.fold(text);
        if (Values.noneListed(folded)) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(folded))
                .map(Values::fold)
                .filter(n -> !n.isEmpty() && !Values.noneListed(n))
                .toList();
    }

    /** Names listed over several paragraphs, bracketed notes such as a date of birth left out. */
    static List<String> names(List<String> paragraphs) {
        List<String> names = new ArrayList<>();
        for (String p : paragraphs) {
            String withoutNotes = Values.fold(BRACKETS.matcher(p).replaceAll(" "));
            names.addAll(list(withoutNotes));
        }
        return names;
    }
}
