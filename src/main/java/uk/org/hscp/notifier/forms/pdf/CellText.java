package uk.org.hscp.notifier.forms.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.ParaBuilder;

/**
 * Rebuilds the text of one cell (or one free line) from its glyphs: lines by baseline, spaces from gaps,
 * struck-through glyphs from rulings across their middle, and paragraphs from how lines end. A PDF does not
 * say where a paragraph ends, so a line is taken to end its paragraph when the first word of the next line
 * would have fitted after it: the layout engine that wrapped the text would have put it there.
 */
final class CellText {

    /** Slack (points) allowed when deciding whether a word would have fitted. */
    static final float FIT_TOLERANCE = 1.0f;

    private record Line(List<Glyph> glyphs, float baseline) {
        float x0() {
            return glyphs.stream().filter(g -> !g.isSpace()).map(Glyph::x).min(Float::compare).orElse(0f);
        }

        float x1() {
            return glyphs.stream().filter(g -> !g.isSpace()).map(Glyph::right).max(Float::compare).orElse(0f);
        }

        float fontSize() {
            return (float) glyphs.stream().mapToDouble(Glyph::fontSize).max().orElse(10);
        }

        float spaceWidth() {
            double w = glyphs.stream().mapToDouble(Glyph::spaceWidth).filter(s -> s > 0).average().orElse(0);
            return w > 0 ? (float) w : fontSize() * 0.28f;
        }
    }

    private CellText() {
    }

    static Cell build(List<Glyph> glyphs, float left, float right, List<Segment> rulings) {
        List<Line> lines = lines(glyphs);
        ParaBuilder pb = new ParaBuilder();
        float leftPad = 0;
        if (!lines.isEmpty()) {
            float minX = (float) lines.stream().mapToDouble(Line::x0).min().orElse(left);
            leftPad = Math.max(0, minX - left);
        }
        float limit = right - leftPad;
        Line previous = null;
        for (Line line : lines) {
            if (previous != null) {
                if (endsParagraph(previous, line, limit)) {
                    pb.endParagraph();
                } else {
                    pb.wrapLine();
                }
            }
            write(line, rulings, pb);
            previous = line;
        }
        return pb.toCell();
    }

    /**
     * Whether the glyphs {@code after} (moved to sit below {@code before}) carry on the last line of
     * {@code before} in a cell between {@code left} and {@code right}, rather than start a new paragraph.
     */
    static boolean continues(List<Glyph> before, List<Glyph> after, float left, float right) {
        List<Line> upper = lines(before);
        List<Line> lower = lines(after);
        if (upper.isEmpty() || lower.isEmpty()) {
            return false;
        }
        float minX = (float) java.util.stream.Stream.concat(upper.stream(), lower.stream())
                .mapToDouble(Line::x0).min().orElse(left);
        float limit = right - Math.max(0, minX - left);
        return !endsParagraph(upper.get(upper.size() - 1), lower.get(0), limit);
    }

    /** Whether {@code line} starts a new paragraph rather than continuing {@code previous}. */
    private static boolean endsParagraph(Line previous, Line line, float limit) {
        float size = Math.max(previous.fontSize(), line.fontSize());
        if (line.baseline() - previous.baseline() > 1.6f * size) {
            return true;
        }
        float slack = limit - previous.x1();
        float need = previous.spaceWidth() + firstWordWidth(line);
        return slack - FIT_TOLERANCE >= need;
    }

    private static float firstWordWidth(Line line) {
        Glyph first = null;
        Glyph last = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                if (first != null) {
                    break;
                }
                continue;
            }
            if (last != null && g.x() - last.right() > gap(last)) {
                break;
            }
            if (first == null) {
                first = g;
            }
            last = g;
        }
        return first == null ? 0 : last.right() - first.x();
    }

    private static void write(Line line, List<Segment> rulings, ParaBuilder pb) {
        Glyph previous = null;
        boolean pendingSpace = false;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
                continue;
            }
            boolean struck = struck(g, rulings);
            if (previous != null && (pendingSpace || g.x() - previous.right() > gap(previous))) {
                pb.text(" ", struck && struck(previous, rulings));
            }
            pb.text(g.text(), struck);
            previous = g;
            pendingSpace = false;
        }
    }

    /** A gap wider than this between two glyphs is a space. */
    private static float gap(Glyph g) {
        float space = g.spaceWidth() > 0 ? g.spaceWidth() : g.fontSize() * 0.28f;
        return space * 0.4f;
    }

    /** A horizontal ruling through the middle of the glyph (not at its baseline, as an underline is). */
    private static boolean struck(Glyph g, List<Segment> rulings) {
        float top = g.baseline() - g.height();
        for (Segment s : rulings) {
            if (!s.horizontal()) {
                continue;
            }
            float y = s.y();
            if (s.x1() - 0.5f <= g.centerX() && g.centerX() <= s.x2() + 0.5f
                    && y > top + 0.15f * g.height() && y < g.baseline() - 0.15f * g.height()) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = Float.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.4f * Math.max(g.fontSize(), 4f)) {
                lines.add(line(current, baseline));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current, baseline));
        }
        lines.removeIf(l -> l.glyphs().stream().allMatch(Glyph::isSpace));
        return lines;
    }

    /** The glyphs grouped into lines, top to bottom, for text outside any table. */
    static List<List<Glyph>> lineGroups(List<Glyph> glyphs) {
        return lines(glyphs).stream().map(Line::glyphs).toList();
    }

    private static Line line(List<Glyph> glyphs, float baseline) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(byX, baseline);
    }
}
