package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Para;

/**
 * Second-guessing a PDF's inferred paragraphs when another column says how many entries there are: in the
 * family table each person has one date of birth, so a names cell with fewer paragraphs than dates had some
 * entry breaks read as wrapped lines (a line that filled the cell gives no sign it ended a paragraph).
 */
final class Wrapping {

    private Wrapping() {
    }

    /**
     * The cell with enough wrapped lines turned into paragraph breaks to give {@code wanted} paragraphs, if
     * it has the wrapped lines to do so. Lines starting "Relationship:" go first, then lines after one
     * ending in ")", then any line starting with a capital letter.
     */
    static Cell atLeast(Cell cell, int wanted) {
        List<Para> lines = new ArrayList<>(cell.lines());
        long paragraphs = cell.paras().stream().filter(p -> !p.isBlank()).count();
        int missing = (int) (wanted - paragraphs);
        if (missing <= 0) {
            return cell;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = Values.fold(lines.get(i).unstruckText());
            if (lines.get(i).wrapped() && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingInt((Integer i) -> rank(lines, i)).thenComparingInt(i -> i));
        for (int k = 0; k < Math.min(missing, candidates.size()); k++) {
            int i = candidates.get(k);
            lines.set(i, new Para(lines.get(i).pieces(), false));
        }
        return new Cell(lines);
    }

    private static int rank(List<Para> lines, int i) {
        String text = Values.fold(lines.get(i).unstruckText());
        String before = Values.fold(lines.get(i - 1).unstruckText());
        if (text.matches("^[\\p{L}][\\p{L}'\u2019 \\-]{1,30}:.*")) {
            return 0;
        }
        return before.endsWith(")") ? 1 : 2;
    }
}
