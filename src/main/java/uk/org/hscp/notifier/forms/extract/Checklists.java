package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.hscp.notifier.forms.PrintedLabel;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Row;

/**
 * Rows of "label | box" pairs, as the forms lay out their tick lists: a label cell is followed by the
 * cell of its box. The box counts as ticked by {@link Ticks#isTicked}; a ticked box inside the label
 * cell counts too.
 */
final class Checklists {

    /** A label found in a row with the cell of its box. */
    record Entry(Cell label, Cell box) {
        boolean ticked() {
            return Ticks.isTicked(box) || Ticks.hasCheckedBox(label);
        }
    }

    private Checklists() {
    }

    /**
     * Finds the options' labels in the rows. With {@code prefix}, a label cell may go on after the label
     * (as in "Other- Please specify: Young carer"); the longest matching label wins.
     */
    static <E extends Enum<E> & PrintedLabel> Map<E, Entry> scan(List<Row> rows, int firstCell, Class<E> type,
            boolean prefix) {
        List<E> options = new ArrayList<>(EnumSet.allOf(type));
        options.sort(Comparator.comparingInt((E e) -> Labels.squash(e.label()).length()).reversed());
        Map<E, Entry> found = new LinkedHashMap<>();
        for (Row row : rows) {
            int i = firstCell;
            while (i < row.cells().size()) {
                String key = Labels.squash(row.cell(i).unstruckText());
                E match = null;
                if (!key.isEmpty()) {
                    for (E option : options) {
                        String label = Labels.squash(option.label());
                        if (prefix ? key.startsWith(label) : key.equals(label)) {
                            match = option;
                            break;
                        }
                    }
                }
                if (match != null) {
                    found.putIfAbsent(match, new Entry(row.cell(i), row.cell(i + 1)));
                    i += 2;
                } else {
                    i++;
                }
            }
        }
        return found;
    }

    static <E extends Enum<E> & PrintedLabel> Set<E> ticked(List<Row> rows, Class<E> type) {
        Set<E> ticked = EnumSet.noneOf(type);
        scan(rows, 0, type, true).forEach((option, entry) -> {
            if (entry.ticked() && option.isCode()) {
                ticked.add(option);
            }
        });
        return ticked;
    }

    /**
     * The words written after an "Other, please specify" label in its cell, or failing that beside the
     * tick in its box cell; {@code null} when there are none.
     */
    static String otherText(Entry entry, String label) {
        if (entry == null) {
            return null;
        }
        String rest = Labels.afterLabel(Values.fold(entry.label().unstruckText()), label);
        if (rest != null && !Values.notApplicable(rest)) {
            return Values.fold(rest);
        }
        String box = Values.fold(entry.box().unstruckText());
        if (box.isEmpty() || Ticks.isMark(box)) {
            return null;
        }
        String words = box.replaceFirst("^(?i)(?:x|yes|[\u2713\u2714])(?:\\s*[:\\-]\\s*|\\s+)", "");
        if (!Values.notApplicable(words)) {
            return words;
        }
        return null;
    }
}
