package uk.org.hscp.notifier.forms.extract;

import java.util.Set;
import java.util.regex.Pattern;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Piece;

/**
 * Whether a tick box cell is ticked. A cell with box pieces (content controls, legacy check boxes, ☒/☐
 * glyphs) is ticked when any box is; otherwise it is ticked when its text, struck-through text left out,
 * is a tick mark: X, x, ✓, ✔, Yes and the like.
 */
final class Ticks {

    private static final Set<String> MARKS = Set.of("x", "\u2713", "\u2714", "\u2705", "\u2611", "\u2612",
            "yes", "y", "ticked", "tick", "\u221A");

    private Ticks() {
    }

    /** A tick mark followed by words, as in "X Online grooming" written in an "Other" box. */
    private static final Pattern MARK_THEN_WORDS =
            Pattern.compile("^(?:x|y|yes|[\u2713\u2714\u2705])(?:\\s+|\\s*[:\\-\u2013]\\s*)\\S.*",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static boolean isTicked(Cell cell) {
        if (cell.hasBox()) {
            return cell.pieces().stream().anyMatch(p -> p instanceof Piece.Box b && b.checked());
        }
        String text = Values.fold(cell.unstruckText());
        return isMark(text) || MARK_THEN_WORDS.matcher(text).matches();
    }

    static boolean isMark(String text) {
        String folded = Values.fold(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[.!]+$", "");
        if (folded.isEmpty()) {
            return false;
        }
        if (MARKS.contains(folded)) {
            return true;
        }
        // "X X" or "✓✓": one mark repeated
        String compact = folded.replace(" ", "");
        return !compact.isEmpty() && compact.codePoints().allMatch(cp -> MARKS.contains(new String(Character.toChars(cp))));
    }

    /** A ticked box inside a label cell, e.g. "☒ Yes" or "Other- Please specify ☒". */
    static boolean hasCheckedBox(Cell cell) {
        return cell.pieces().stream().anyMatch(p -> p instanceof Piece.Box b && b.checked());
    }
}
