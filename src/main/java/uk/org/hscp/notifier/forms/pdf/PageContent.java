package uk.org.hscp.notifier.forms.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/** One page taken apart: its tables with the glyphs of each cell, its other lines of text, its rulings. */
final class PageContent {

    /** A table row on this page: its cell borders and the glyphs in each cell. */
    static final class Band {
        final float top;
        float bottom;
        final float[] xs;
        final List<List<Glyph>> cells = new ArrayList<>();
        final List<Segment> rulings = new ArrayList<>();

        Band(TableGrid.Band band, List<Segment> rulings) {
            this.top = band.top();
            this.bottom = band.bottom();
            this.xs = band.xs();
            for (int c = 0; c < band.cellCount(); c++) {
                cells.add(new ArrayList<>());
            }
            this.rulings.addAll(rulings);
        }
    }

    /** A table on this page; {@code continues} is the table on the page before that it carries on. */
    static final class Table {
        final float top;
        final float bottom;
        final List<Band> bands = new ArrayList<>();
        Table continues;

        Table(float top, float bottom) {
            this.top = top;
            this.bottom = bottom;
        }
    }

    /** A line of text outside any table. */
    record FreeLine(float top, float bottom, List<Glyph> glyphs) {
    }

    final List<Table> tables = new ArrayList<>();
    final List<FreeLine> freeLines = new ArrayList<>();
    final List<Segment> loose;
    final float width;
    final boolean hasText;

    private PageContent(List<Segment> loose, float width, boolean hasText) {
        this.loose = loose;
        this.width = width;
        this.hasText = hasText;
    }

    static PageContent of(PDPage page, List<Glyph> glyphs) throws IOException {
        TableGrid.Found found = TableGrid.detect(RuleCollector.collect(page));
        PageContent content = new PageContent(found.loose(), page.getCropBox().getWidth(),
                glyphs.stream().anyMatch(g -> !g.isSpace()));
        List<TableGrid> grids = found.tables();
        for (TableGrid grid : grids) {
            Table table = new Table(grid.top, grid.bottom);
            grid.bands.forEach(b -> table.bands.add(new Band(b, found.loose())));
            content.tables.add(table);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (int t = 0; t < grids.size() && !placed; t++) {
                if (grids.get(t).contains(g.centerX(), g.centerY())) {
                    int[] at = grids.get(t).locate(g.centerX(), g.centerY());
                    if (at != null) {
                        content.tables.get(t).bands.get(at[0]).cells.get(at[1]).add(g);
                        placed = true;
                    }
                }
            }
            if (!placed) {
                free.add(g);
            }
        }
        for (List<Glyph> line : CellText.lineGroups(free)) {
            float top = (float) line.stream().mapToDouble(g -> g.baseline() - g.height()).min().orElse(0);
            float bottom = (float) line.stream().mapToDouble(Glyph::baseline).max().orElse(0);
            content.freeLines.add(new FreeLine(top, bottom, line));
        }
        return content;
    }
}
