package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Para;

/** Turning cell text into field values. Struck-through text is never part of a value. */
final class Values {

    /** What agencies write for "does not apply"; such a cell is {@code null}. */
    private static final Set<String> NOT_APPLICABLE = Set.of("na", "notapplicable", "nk");

    /** What agencies write for "nobody" in a list cell (siblings, aliases). */
    private static final Set<String> NONE = Set.of("none", "nil", "noneknown", "notknown", "unknown", "no");

    private Values() {
    }

    /** White space runs folded into one space, trimmed; non-breaking spaces count as spaces. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replaceAll("\\s+", " ").trim();
    }

    /** Blank, "N/A", "n/a", "-" and the like. */
    static boolean notApplicable(String text) {
        String folded = fold(text);
        if (folded.isEmpty() || folded.matches("[-\u2013\u2014_.]+")) {
            return true;
        }
        return NOT_APPLICABLE.contains(Labels.squash(folded));
    }

    /** Like {@link #notApplicable}, and also "None", "Not known" and friends, for list cells. */
    static boolean noneListed(String text) {
        return notApplicable(text) || NONE.contains(Labels.squash(text));
    }

    /** A one-line value: paragraphs joined by a space; {@code null} when not applicable. */
    static String line(Cell cell) {
        return line(cell.unstruckText());
    }

    static String line(String text) {
        String folded = fold(text);
        return notApplicable(folded) ? null : folded;
    }

    /** An address: its lines joined by ", ". */
    static String address(Cell cell) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs(cell)) {
            lines.add(p.replaceAll("[,;]+$", ""));
        }
        String joined = String.join(", ", lines);
        return notApplicable(joined) ? null : joined;
    }

    /** The non-blank paragraphs of a cell, folded, struck-through text left out. */
    static List<String> paragraphs(Cell cell) {
        List<String> list = new ArrayList<>();
        for (Para para : cell.paras()) {
            String p = fold(para.unstruckText());
            if (!p.isEmpty()) {
                list.add(p);
            }
        }
        return list;
    }

    /** Free text from several cells: paragraphs joined by line feeds; {@code null} when not applicable. */
    static String freeText(List<String> paragraphs) {
        List<String> kept = paragraphs.stream().map(Values::fold).filter(p -> !p.isEmpty()).toList();
        String joined = String.join("\n", kept);
        return notApplicable(joined) ? null : joined;
    }
}
