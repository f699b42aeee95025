package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts are well-formed SVG images named by their title and description, with every number written on them. */
class ChartsTests {

    @Test
    void theAnnualChartHasATitleADescriptionInWordsAndABarPerFigure() throws Exception {
        var rows = List.of(new AnnualTable.Row(2025, "2025/26", 15, 12, 4, 0, 3, 0),
                new AnnualTable.Row(2026, "2026/27", 2, 0, 0, 1, 0, 1));

        Document svg = parse(Charts.annual("annual-chart", rows));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("annual-chart-title annual-chart-desc");
        assertThat(byId(svg, "title", "annual-chart-title")).isEqualTo("Referrals and outcomes per reporting year");
        assertThat(byId(svg, "desc", "annual-chart-desc")).contains(
                "2025/26: 15 referrals, 12 no further action (including 4 rapid reviews), 0 MAR or single agency reviews, 3 LCSPRs",
                "2026/27: 2 referrals, 0 no further action (including 0 rapid reviews), 1 MAR or single agency reviews, 0 LCSPRs, 1 awaiting a decision");
        assertThat(texts(svg)).contains("15", "12", "3", "2", "1", "2025/26", "2026/27",
                "Referrals", "No further action", "MAR/Single Agency Review", "LCSPR");
        assertThat(svg.getElementsByTagName("pattern").getLength()).as("a pattern per series but the solid one").isEqualTo(3);
    }

    @Test
    void theTimelinessChartHasOneStackedBarPerTimescaleWithSomethingToShow() throws Exception {
        var rows = List.of(
                new Timeliness.Row("RAPID_REVIEW", "Rapid review completed", 4, 2, 1, 1, 1, OptionalDouble.of(3),
                        OptionalInt.of(5)),
                new Timeliness.Row("PANEL_RESPONSE", "Panel <responds> & says", 0, 0, 0, 0, 0, OptionalDouble.empty(),
                        OptionalInt.empty()));

        String markup = Charts.timeliness("timeliness-chart", rows, "reporting year 2026/27");
        Document svg = parse(markup);

        assertThat(byId(svg, "title", "timeliness-chart-title")).isEqualTo("Statutory timescales kept, reporting year 2026/27");
        assertThat(byId(svg, "desc", "timeliness-chart-desc")).contains(
                "Rapid review completed: 4 due, 2 met on time, 1 met late, 1 missed, 1 still open")
                .doesNotContain("Panel");
        assertThat(svg.getElementsByTagName("g").getLength()).isEqualTo(1);
        assertThat(texts(svg)).contains("Met on time", "Met late", "Missed", "Still open", "2", "1", "5");
        assertThat(markup).doesNotContain("<responds>");
    }

    @Test
    void aChartWithNothingToShowSaysSo() throws Exception {
        assertThat(byId(parse(Charts.annual("a", List.of())), "desc", "a-desc")).contains("No referrals yet");
        assertThat(byId(parse(Charts.timeliness("t", List.of(), "2026/27")), "desc", "t-desc"))
                .contains("No deadline was due in the period");
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String byId(Document svg, String tag, String id) {
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("No <" + tag + " id=" + id + ">");
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
