package uk.org.hscp.notifier.reports;

import java.util.List;
import java.util.Locale;

/**
 * A little SVG writing: escaped text, and the fills the charts use. Each series has a colour from the GOV.UK
 * palette with at least 3:1 contrast against white, and its own pattern of white marks, so that colour is never
 * the only cue (and the bars still differ printed in black and white).
 */
final class Svg {

    /** A series' look: its colour and pattern, and the legend's words. */
    record Series(String key, String label, String colour, Pattern pattern) {
    }

    enum Pattern { SOLID, STRIPES, DOTS, CROSSHATCH, OUTLINE }

    static final String TEXT = "#0b0c0c";
    static final String GRID = "#b1b4b6";

    private Svg() {
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The opening of an accessible chart: role img, labelled by its title and description. */
    static void open(StringBuilder svg, String id, int width, int height, String title, String description,
            List<Series> series) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" id=\"").append(id)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"arial, sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<defs>");
        for (Series s : series) {
            svg.append(patternDef(id + "-" + s.key(), s.colour(), s.pattern()));
        }
        svg.append("</defs>");
    }

    static String fill(String chartId, Series s) {
        return s.pattern() == Pattern.SOLID ? s.colour() : "url(#" + chartId + "-" + s.key() + ")";
    }

    private static String patternDef(String id, String colour, Pattern pattern) {
        String open = "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">";
        return switch (pattern) {
            case SOLID -> "";
            case STRIPES -> open + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>"
                    + "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#ffffff\" stroke-width=\"1.5\"/></pattern>";
            case DOTS -> open + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>"
                    + "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/></pattern>";
            case CROSSHATCH -> open + "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>"
                    + "<path d=\"M0,0 l8,8 M8,0 l-8,8\" stroke=\"#ffffff\" stroke-width=\"1.2\"/></pattern>";
            case OUTLINE -> open + "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
                    + "<path d=\"M0,4 h8\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/></pattern>";
        };
    }

    /** How wide a legend entry is drawn: its swatch, and its label at about 7.5 units a character. */
    private static int entryWidth(Series s) {
        return 24 + (int) Math.ceil(7.5 * s.label().length()) + 20;
    }

    /** How many rows the legend takes in this width. */
    static int legendRows(List<Series> series, int width) {
        int rows = 1, at = 0;
        for (Series s : series) {
            if (at > 0 && at + entryWidth(s) > width) {
                rows++;
                at = 0;
            }
            at += entryWidth(s);
        }
        return rows;
    }

    /** The legend: a swatch with the series' fill (outlined) and its label, per series, in rows 26 units apart. */
    static void legend(StringBuilder svg, String chartId, List<Series> series, int x, int y, int width) {
        int at = 0, row = 0;
        for (Series s : series) {
            if (at > 0 && at + entryWidth(s) > width) {
                row++;
                at = 0;
            }
            int left = x + at, top = y + 26 * row;
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"18\" height=\"18\" fill=\"")
                    .append(fill(chartId, s)).append("\" stroke=\"").append(s.colour()).append("\" stroke-width=\"1.5\"/>")
                    .append("<text x=\"").append(left + 24).append("\" y=\"").append(top + 14).append("\" font-size=\"14\" fill=\"")
                    .append(TEXT).append("\">").append(escape(s.label())).append("</text>");
            at += entryWidth(s);
        }
    }
}
