package uk.org.hscp.notifier.forms.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Row;

/**
 * Puts pages together into one {@link Layout}, mending table rows that a page break cut in two. A row is
 * taken to carry on over the break when the table fills its page to within a line or two of the bottom (as
 * low as any table in the document reaches), the next page starts with the table at the top (as high as any
 * table in the document starts), nothing else comes between the two parts, both parts have the same cell
 * borders, and in some column the text at the top of the new page continues the last line on the old one
 * (its first word would not have fitted there).
 */
final class PageJoiner {

    private static final float NEAR = 2.0f;

    private PageJoiner() {
    }

    static Layout join(List<PageContent> pages) {
        float lowest = (float) pages.stream().flatMap(p -> p.tables.stream())
                .mapToDouble(t -> t.bottom).max().orElse(0);
        float highest = (float) pages.stream().flatMap(p -> p.tables.stream())
                .mapToDouble(t -> t.top).min().orElse(0);
        for (int p = 0; p + 1 < pages.size(); p++) {
            mend(pages.get(p), pages.get(p + 1), lowest, highest);
        }
        List<Row> rows = new ArrayList<>();
        Map<PageContent.Table, Integer> numbers = new IdentityHashMap<>();
        int next = 0;
        for (PageContent page : pages) {
            record Block(float top, List<Row> rows) {
            }
            List<Block> blocks = new ArrayList<>();
            for (PageContent.Table table : page.tables) {
                if (table.bands.isEmpty()) {
                    numbers.put(table, numbers.get(table.continues));
                    continue;
                }
                Integer number = table.continues != null ? numbers.get(table.continues) : null;
                if (number == null) {
                    number = next++;
                }
                numbers.put(table, number);
                List<Row> tableRows = new ArrayList<>();
                for (PageContent.Band band : table.bands) {
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < band.cells.size(); c++) {
                        cells.add(CellText.build(band.cells.get(c), band.xs[c], band.xs[c + 1], band.rulings));
                    }
                    tableRows.add(new Row(cells, number));
                }
                blocks.add(new Block(table.top, tableRows));
            }
            for (PageContent.FreeLine line : page.freeLines) {
                Cell cell = CellText.build(line.glyphs(), 0, page.width, page.loose);
                if (!cell.isBlank()) {
                    blocks.add(new Block(line.top(), List.of(new Row(List.of(cell), -1))));
                }
            }
            blocks.sort(Comparator.comparingDouble(Block::top));
            blocks.forEach(b -> rows.addAll(b.rows()));
        }
        return new Layout(rows);
    }

    private static void mend(PageContent before, PageContent after, float lowest, float highest) {
        if (before.tables.isEmpty() || after.tables.isEmpty()) {
            return;
        }
        PageContent.Table last = before.tables.get(before.tables.size() - 1);
        PageContent.Table first = after.tables.get(0);
        if (last.bands.isEmpty() || first.bands.isEmpty() || first.top > highest + NEAR) {
            return;
        }
        PageContent.Band upper = last.bands.get(last.bands.size() - 1);
        PageContent.Band lower = first.bands.get(0);
        // The part before the break ends within a line or so of the bottom of the text area.
        float fontSize = (float) upper.cells.stream().flatMap(List::stream).mapToDouble(Glyph::fontSize)
                .max().orElse(10);
        if (last.bottom < lowest - 2 * fontSize) {
            return;
        }
        if (before.freeLines.stream().anyMatch(l -> l.top() > last.bottom - NEAR)
                || after.freeLines.stream().anyMatch(l -> l.bottom() < first.top + NEAR)) {
            return;
        }
        if (!sameBorders(upper.xs, lower.xs)) {
            return;
        }
        float shift = upper.bottom - lower.top;
        List<List<Glyph>> moved = new ArrayList<>();
        for (List<Glyph> cell : lower.cells) {
            moved.add(cell.stream().map(g -> new Glyph(g.text(), g.x(), g.baseline() + shift, g.width(), g.height(),
                    g.fontSize(), g.spaceWidth())).toList());
        }
        boolean carriesOn = false;
        for (int c = 0; c < upper.cells.size() && !carriesOn; c++) {
            carriesOn = CellText.continues(upper.cells.get(c), moved.get(c), upper.xs[c], upper.xs[c + 1]);
        }
        if (!carriesOn) {
            return;
        }
        for (int c = 0; c < upper.cells.size(); c++) {
            upper.cells.get(c).addAll(moved.get(c));
        }
        for (Segment s : lower.rulings) {
            upper.rulings.add(new Segment(s.x1(), s.y1() + shift, s.x2(), s.y2() + shift));
        }
        upper.bottom += lower.bottom - lower.top;
        first.bands.remove(0);
        first.continues = last;
    }

    private static boolean sameBorders(float[] a, float[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > NEAR) {
                return false;
            }
        }
        return true;
    }
}
