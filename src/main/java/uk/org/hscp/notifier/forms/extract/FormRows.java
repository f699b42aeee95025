package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Para;
import uk.org.hscp.notifier.forms.layout.ParaBuilder;
import uk.org.hscp.notifier.forms.layout.Row;

/**
 * Finding headings, labels and the values beside them in a {@link Layout}. Tables are treated as one
 * stream of rows, so a table split over two PDF pages reads like one.
 */
final class FormRows {

    /** Rows {@code [start, end)}. */
    record Range(int start, int end) {
        static final Range NONE = new Range(0, 0);

        boolean isEmpty() {
            return end <= start;
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[a-z]?\\.\\s+\\S.*", Pattern.DOTALL);

    private final List<Row> rows;
    private final List<String> firstKeys = new ArrayList<>();

    FormRows(Layout layout) {
        this.rows = layout.rows();
        for (Row row : rows) {
            firstKeys.add(Labels.headingKey(firstText(row)));
        }
    }

    List<Row> rows() {
        return rows;
    }

    Range all() {
        return new Range(0, rows.size());
    }

    List<Row> rows(Range range) {
        return rows.subList(range.start(), range.end());
    }

    /** The first row from {@code from} whose first non-blank cell starts with the heading; -1 if none. */
    int heading(String heading, int from) {
        String key = Labels.squash(heading);
        for (int r = Math.max(from, 0); r < rows.size(); r++) {
            if (firstKeys.get(r).startsWith(key)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The rows after {@code heading} up to the first row that starts with one of {@code ends} (or the end of
     * the document); {@link Range#NONE} when the heading is not there.
     */
    Range section(String heading, List<String> ends) {
        int start = heading(heading, 0);
        if (start < 0) {
            return Range.NONE;
        }
        int end = rows.size();
        for (String next : ends) {
            int r = heading(next, start + 1);
            if (r >= 0 && r < end) {
                end = r;
            }
        }
        return new Range(start + 1, end);
    }

    /** The section, or the whole document when its heading is missing. */
    Range sectionOrAll(String heading, List<String> ends) {
        Range range = section(heading, ends);
        return range.isEmpty() ? all() : range;
    }

    /**
     * The value for a label: the cell right of a cell holding just the label, or the text after
     * "Label:" in a paragraph. {@code null} when the label is not in the range.
     */
    Cell value(Range range, String... labels) {
        for (String label : labels) {
            String key = Labels.squash(label);
            for (int r = range.start(); r < range.end(); r++) {
                Row row = rows.get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    if (Labels.squash(row.cell(c).text()).equals(key)) {
                        return row.cell(c + 1);
                    }
                }
            }
        }
        for (String label : labels) {
            for (int r = range.start(); r < range.end(); r++) {
                Row row = rows.get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    for (Para para : row.cell(c).paras()) {
                        String rest = Labels.afterInlineLabel(para.unstruckText(), label);
                        if (rest == null) {
                            continue;
                        }
                        if (rest.isBlank() && c + 1 < row.cells().size()) {
                            return row.cell(c + 1);
                        }
                        return new ParaBuilder().text(rest, false).toCell();
                    }
                }
            }
        }
        return null;
    }

    /** The first row in the range with a cell whose text starts with the label, as (row, cell). */
    int[] findCellStartingWith(Range range, String label) {
        String key = Labels.squash(label);
        for (int r = range.start(); r < range.end(); r++) {
            Row row = rows.get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                if (Labels.squash(row.cell(c).text()).startsWith(key)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /**
     * The answer written under a heading: the rest of the heading's own row, then the rows below it in the
     * same table (or, when the heading ends its table, the next table), up to the next heading. Prompts
     * printed under the heading are left out; {@code stops} are the form's other headings.
     */
    List<String> textUnder(int headingRow, String heading, List<String> prompts, List<String> stops,
            boolean numberedHeadingsStop) {
        List<String> paragraphs = new ArrayList<>();
        if (headingRow < 0) {
            return paragraphs;
        }
        Row head = rows.get(headingRow);
        String rest = Labels.afterLabel(Values.fold(head.cell(0).unstruckText()), heading);
        if (rest != null) {
            // the rest of the heading's own note, e.g. "(please provide a brief narrative):"
            rest = rest.replaceFirst("^\\([^)]*\\)\\s*:?", "");
            addStrippingPrompts(paragraphs, rest, prompts);
        }
        for (int c = 1; c < head.cells().size(); c++) {
            addCell(paragraphs, head.cell(c), prompts);
        }
        int table = head.table();
        boolean lastOfTable = headingRow + 1 >= rows.size() || rows.get(headingRow + 1).table() != table;
        for (int r = headingRow + 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (!row.inTable() || !head.inTable()) {
                break;
            }
            if (row.table() != table) {
                if (!(lastOfTable && paragraphs.isEmpty())) {
                    break;
                }
                table = row.table();
                lastOfTable = false;
            }
            String key = firstKeys.get(r);
            if (key.startsWith("pleasecontinueonaseparatesheet") || startsWithAny(key, stops)
                    || (numberedHeadingsStop && NUMBERED.matcher(firstText(row)).matches())) {
                break;
            }
            for (Cell cell : row.cells()) {
                addCell(paragraphs, cell, prompts);
            }
        }
        return paragraphs;
    }

    private static void addCell(List<String> paragraphs, Cell cell, List<String> prompts) {
        for (Para para : cell.paras()) {
            addStrippingPrompts(paragraphs, para.unstruckText(), prompts);
        }
    }

    private static void addStrippingPrompts(List<String> paragraphs, String text, List<String> prompts) {
        String t = Values.fold(text);
        for (String prompt : prompts) {
            String rest = Labels.afterLabel(t, prompt);
            if (rest != null) {
                t = Values.fold(rest);
                break;
            }
        }
        String key = Labels.squash(t);
        if (!t.isEmpty() && !key.startsWith("pleasecontinueonaseparatesheet")) {
            paragraphs.add(t);
        }
    }

    private static boolean startsWithAny(String key, List<String> headings) {
        for (String heading : headings) {
            String h = Labels.squash(heading);
            if (!h.isEmpty() && key.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    private static String firstText(Row row) {
        for (Cell cell : row.cells()) {
            String text = cell.text();
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
