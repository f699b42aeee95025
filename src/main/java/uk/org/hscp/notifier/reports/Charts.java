package uk.org.hscp.notifier.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The report's charts as SVG drawn on the server: no script, nothing fetched. Each has a title and a
 * description that says its numbers in words (the page shows the same numbers in a table beside it).
 */
public final class Charts {

    static final List<Svg.Series> ANNUAL = List.of(
            new Svg.Series("referrals", "Referrals", "#1d70b8", Svg.Pattern.SOLID),
            new Svg.Series("nfa", "No further action", "#505a5f", Svg.Pattern.STRIPES),
            new Svg.Series("other", "MAR/Single Agency Review", "#912b88", Svg.Pattern.DOTS),
            new Svg.Series("lcspr", "LCSPR", "#00703c", Svg.Pattern.CROSSHATCH));

    static final List<Svg.Series> TIMELINESS = List.of(
            new Svg.Series("ontime", "Met on time", "#00703c", Svg.Pattern.SOLID),
            new Svg.Series("late", "Met late", "#1d70b8", Svg.Pattern.STRIPES),
            new Svg.Series("missed", "Missed", "#d4351c", Svg.Pattern.CROSSHATCH),
            new Svg.Series("open", "Still open", "#505a5f", Svg.Pattern.OUTLINE));

    private Charts() {
    }

    /** Grouped bars, one group per reporting year: referrals, no further action, other reviews, LCSPRs. */
    public static String annual(String id, List<AnnualTable.Row> rows) {
        StringJoiner words = new StringJoiner("; ", "Referrals to the Learning and Inquiry Group and what became of them, "
                + "per reporting year (April to March). ", ".");
        rows.forEach(r -> words.add(r.year() + ": " + r.referrals() + " referrals, " + r.noFurtherAction()
                + " no further action (including " + r.rapidReviews() + " rapid reviews), " + r.singleAgencyOrOtherReview()
                + " MAR or single agency reviews, " + r.lcspr() + " LCSPRs"
                + (r.awaitingDecision() > 0 ? ", " + r.awaitingDecision() + " awaiting a decision" : "")));
        if (rows.isEmpty()) {
            words.add("No referrals yet");
        }
        int left = 40, plotHeight = 220;
        int width = Math.max(640, left + 70 * rows.size() + 20);
        int groupWidth = Math.min(200, (width - left - 20) / Math.max(1, rows.size()));
        int legendRows = Svg.legendRows(ANNUAL, width - left);
        int top = 16 + 26 * legendRows + 16, height = top + plotHeight + 36;
        int max = Math.max(1, rows.stream().mapToInt(AnnualTable.Row::referrals).max().orElse(1));
        int step = niceStep(max);
        int axisMax = ((max + step - 1) / step) * step;
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, width, height, "Referrals and outcomes per reporting year", words.toString(), ANNUAL);
        Svg.legend(svg, id, ANNUAL, left, 6, width - left);
        axis(svg, left, top, width - 10, plotHeight, axisMax, step);
        int bar = (groupWidth - 24) / ANNUAL.size();
        for (int i = 0; i < rows.size(); i++) {
            AnnualTable.Row row = rows.get(i);
            int[] values = {row.referrals(), row.noFurtherAction(), row.singleAgencyOrOtherReview(), row.lcspr()};
            int x0 = left + i * groupWidth + 12;
            svg.append("<g class=\"app-chart__group\">");
            for (int s = 0; s < values.length; s++) {
                Svg.Series series = ANNUAL.get(s);
                int h = (int) Math.round((double) values[s] / axisMax * plotHeight);
                int x = x0 + s * bar, y = top + plotHeight - h;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(bar - 4)
                        .append("\" height=\"").append(h).append("\" fill=\"").append(Svg.fill(id, series))
                        .append("\" stroke=\"").append(series.colour()).append("\" stroke-width=\"1.5\"><title>")
                        .append(Svg.escape(row.year() + ", " + series.label() + ": " + values[s])).append("</title></rect>")
                        .append("<text x=\"").append(x + (bar - 4) / 2).append("\" y=\"").append(y - 4)
                        .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(Svg.TEXT)
                        .append("\">").append(values[s]).append("</text>");
            }
            svg.append("<text x=\"").append(x0 + (groupWidth - 24) / 2).append("\" y=\"").append(top + plotHeight + 22)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"").append(Svg.TEXT).append("\">")
                    .append(Svg.escape(row.year())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal stacked bar per timescale with anything to show: on time, late, missed, still open. */
    public static String timeliness(String id, List<Timeliness.Row> all, String period) {
        List<Timeliness.Row> rows = all.stream().filter(r -> r.total() > 0).toList();
        StringJoiner words = new StringJoiner("; ", "How well each statutory timescale was kept, " + period + ". ", ".");
        rows.forEach(r -> words.add(r.title() + ": " + r.due() + " due, " + r.onTime() + " met on time, " + r.late()
                + " met late, " + r.missed() + " missed, " + r.open() + " still open"));
        if (rows.isEmpty()) {
            words.add("No deadline was due in the period");
        }
        int labelWidth = 250, left = labelWidth + 10, plotWidth = 340, barHeight = 26, gap = 14;
        int width = left + plotWidth + 50;
        int legendRows = Svg.legendRows(TIMELINESS, width - 20);
        int top = 6 + 26 * legendRows + 32, height = top + Math.max(1, rows.size()) * (barHeight + gap) + 10;
        int max = Math.max(1, rows.stream().mapToInt(Timeliness.Row::total).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, id, width, height, "Statutory timescales kept, " + period, words.toString(), TIMELINESS);
        Svg.legend(svg, id, TIMELINESS, 10, 6, width - 20);
        svg.append("<text x=\"").append(left).append("\" y=\"").append(top - 12).append("\" font-size=\"13\" fill=\"").append(Svg.TEXT)
                .append("\">Deadlines (bar length: number; each part labelled with its count)</text>");
        for (int i = 0; i < rows.size(); i++) {
            Timeliness.Row row = rows.get(i);
            int y = top + i * (barHeight + gap);
            svg.append("<g class=\"app-chart__bar\">");
            List<String> lines = wrap(row.title(), 36);
            for (int l = 0; l < Math.min(2, lines.size()); l++) {
                svg.append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 11 + l * 14)
                        .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").append(Svg.TEXT).append("\">")
                        .append(Svg.escape(lines.get(l) + (l == 1 && lines.size() > 2 ? "…" : ""))).append("</text>");
            }
            int[] values = {row.onTime(), row.late(), row.missed(), row.open()};
            double x = left;
            for (int s = 0; s < values.length; s++) {
                if (values[s] == 0) {
                    continue;
                }
                Svg.Series series = TIMELINESS.get(s);
                double w = (double) values[s] / max * plotWidth;
                svg.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(y).append("\" width=\"")
                        .append(Svg.num(w)).append("\" height=\"").append(barHeight).append("\" fill=\"")
                        .append(Svg.fill(id, series)).append("\" stroke=\"").append(series.colour())
                        .append("\" stroke-width=\"1.5\"><title>")
                        .append(Svg.escape(row.title() + ", " + series.label() + ": " + values[s])).append("</title></rect>");
                // the count on a small solid patch of the series' colour, readable on any pattern
                double cx = x + w / 2;
                svg.append("<rect x=\"").append(Svg.num(cx - 11)).append("\" y=\"").append(y + 5)
                        .append("\" width=\"22\" height=\"16\" rx=\"3\" fill=\"")
                        .append(series.pattern() == Svg.Pattern.OUTLINE ? "#ffffff" : series.colour()).append("\"/>")
                        .append("<text x=\"").append(Svg.num(cx)).append("\" y=\"").append(y + 18)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"")
                        .append(series.pattern() == Svg.Pattern.OUTLINE ? Svg.TEXT : "#ffffff").append("\">")
                        .append(values[s]).append("</text>");
                x += w;
            }
            svg.append("<text x=\"").append(Svg.num(x + 6)).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"12\" fill=\"").append(Svg.TEXT).append("\">").append(row.total())
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, int left, int top, int right, int plotHeight, int axisMax, int step) {
        for (int v = 0; v <= axisMax; v += step) {
            int y = top + plotHeight - (int) Math.round((double) v / axisMax * plotHeight);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(Svg.GRID).append("\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").append(Svg.TEXT).append("\">").append(v)
                    .append("</text>");
        }
    }

    static int niceStep(int max) {
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            if (max / step <= 6) {
                return step;
            }
        }
        return 1000;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
