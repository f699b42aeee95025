package uk.org.hscp.notifier.forms.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table found from a page's rulings: rows are the bands between its horizontal rulings, and each row's
 * cells are cut by the vertical rulings that cross that band, so merged cells come out as one cell.
 */
final class TableGrid {

    private static final float TOUCH = 2.0f;
    private static final float SAME = 1.5f;
    private static final float MIN_BAND = 3.0f;

    /** One row: its top and bottom, and the x positions of its cell borders. */
    record Band(float top, float bottom, float[] xs) {
        int cellCount() {
            return xs.length - 1;
        }
    }

    final float left;
    final float top;
    final float right;
    final float bottom;
    final List<Band> bands;

    private TableGrid(float left, float top, float right, float bottom, List<Band> bands) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.bands = bands;
    }

    /** The tables among the rulings, and the rulings that belong to none (e.g. strike-throughs). */
    record Found(List<TableGrid> tables, List<Segment> loose) {
    }

    static Found detect(List<Segment> segments) {
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Segment a = segments.get(i);
                Segment b = segments.get(j);
                if (a.horizontal() != b.horizontal() && a.touches(b, TOUCH)) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(segments.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        List<Segment> loose = new ArrayList<>();
        for (List<Segment> group : groups.values()) {
            TableGrid grid = build(group);
            if (grid == null) {
                loose.addAll(group);
            } else {
                tables.add(grid);
            }
        }
        tables.sort((a, b) -> Float.compare(a.top, b.top));
        return new Found(tables, loose);
    }

    private static TableGrid build(List<Segment> group) {
        List<Segment> hs = group.stream().filter(Segment::horizontal).toList();
        List<Segment> vs = group.stream().filter(Segment::vertical).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        float[] ys = distinct(hs.stream().map(Segment::y).toList());
        List<Band> bands = new ArrayList<>();
        for (int k = 0; k + 1 < ys.length; k++) {
            float bandTop = ys[k];
            float bandBottom = ys[k + 1];
            if (bandBottom - bandTop < MIN_BAND) {
                continue;
            }
            float mid = (bandTop + bandBottom) / 2;
            List<Float> xs = new ArrayList<>();
            for (Segment v : vs) {
                if (v.y1() - SAME <= mid && v.y2() + SAME >= mid) {
                    xs.add(v.x());
                }
            }
            float[] cuts = distinct(xs);
            if (cuts.length >= 2) {
                bands.add(new Band(bandTop, bandBottom, cuts));
            }
        }
        if (bands.isEmpty()) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Segment s : group) {
            left = Math.min(left, s.x1());
            right = Math.max(right, s.x2());
        }
        return new TableGrid(left, ys[0], right, ys[ys.length - 1], bands);
    }

    boolean contains(float x, float y) {
        return x >= left - SAME && x <= right + SAME && y >= top - SAME && y <= bottom + SAME;
    }

    /** The (band, cell) a point falls in, or {@code null}. */
    int[] locate(float x, float y) {
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            if (y >= band.top() && y < band.bottom()) {
                float[] xs = band.xs();
                for (int c = 0; c + 1 < xs.length; c++) {
                    if (x >= xs[c] && x < xs[c + 1]) {
                        return new int[] {b, c};
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static float[] distinct(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SAME) {
                out.add(v);
            }
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
