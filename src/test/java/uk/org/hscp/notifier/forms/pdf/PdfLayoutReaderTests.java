package uk.org.hscp.notifier.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.Para;
import uk.org.hscp.notifier.forms.layout.Piece;
import uk.org.hscp.notifier.forms.layout.Row;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;

/** PDFs drawn here with PDFBox: tables from rulings, strike-throughs, paragraphs, rows cut by a page break. */
class PdfLayoutReaderTests {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float H = PDRectangle.A4.getHeight();

    /** Draws on one page; y is measured from the top of the page, as the reader measures it. */
    private record Page(PDPageContentStream cs) {
        void line(float x1, float y1, float x2, float y2) throws IOException {
            cs.moveTo(x1, H - y1);
            cs.lineTo(x2, H - y2);
            cs.stroke();
        }

        void text(float x, float baseline, String text) throws IOException {
            cs.beginText();
            cs.setFont(HELVETICA, 10);
            cs.newLineAtOffset(x, H - baseline);
            cs.showText(text);
            cs.endText();
        }

        /** A grid with rows between {@code ys} and columns between {@code xs}. */
        void grid(float[] xs, float[] ys) throws IOException {
            for (float y : ys) {
                line(xs[0], y, xs[xs.length - 1], y);
            }
            for (float x : xs) {
                line(x, ys[0], x, ys[ys.length - 1]);
            }
        }
    }

    private interface Drawing {
        void draw(Page page) throws IOException;
    }

    private static byte[] pdf(Drawing... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Drawing drawing : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setLineWidth(0.5f);
                    drawing.draw(new Page(cs));
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void tableIsRebuiltFromItsRulingsWithEmptyCellsKept() throws Exception {
        Layout layout = PdfLayoutReader.read(pdf(page -> {
            page.text(80, 60, "Referral Form");
            page.grid(new float[] {80, 200, 260, 380, 440}, new float[] {100, 116, 132});
            page.text(85, 111, "Police");
            page.text(205, 111, "X");
            page.text(265, 111, "NPS");
            page.text(85, 127, "Education");
            page.text(265, 127, "Housing");
            page.text(385, 127, "x");
        }));

        assertThat(layout.rows()).hasSize(3);
        assertThat(layout.rows().get(0).inTable()).isFalse();
        assertThat(texts(layout.rows().get(1))).containsExactly("Police", "X", "NPS", "");
        assertThat(texts(layout.rows().get(2))).containsExactly("Education", "", "Housing", "x");
    }

    @Test
    void textWithARulingThroughItsMiddleIsStruckThroughButUnderlinedTextIsNot() throws Exception {
        Layout layout = PdfLayoutReader.read(pdf(page -> {
            page.grid(new float[] {80, 200, 400}, new float[] {100, 120});
            page.text(85, 114, "Gender");
            page.text(205, 114, "Male / Female");
            float femaleX = 205 + HELVETICA.getStringWidth("Male / ") / 100;
            float femaleEnd = 205 + HELVETICA.getStringWidth("Male / Female") / 100;
            page.line(femaleX, 111, femaleEnd, 111);
            page.line(205, 115.5f, 230, 115.5f);
        }));

        List<Piece> pieces = layout.rows().get(0).cell(1).pieces();
        assertThat(pieces).containsExactly(new Piece.Text("Male / ", false), new Piece.Text("Female", true));
    }

    @Test
    void lineEndsItsParagraphWhenTheNextWordWouldHaveFittedOnIt() throws Exception {
        Layout layout = PdfLayoutReader.read(pdf(page -> {
            page.grid(new float[] {80, 230, 330}, new float[] {100, 140});
            page.text(85, 112, "Mother: Ann Smith");
            page.text(85, 124, "Father: Bob Smith");
            page.text(85, 136, "Stepfather:");
            page.text(235, 112, "Supercalifragilistic");
            page.text(235, 124, "expialidocious");
        }));

        Cell names = layout.rows().get(0).cell(0);
        assertThat(names.paras()).extracting(Para::text)
                .containsExactly("Mother: Ann Smith", "Father: Bob Smith", "Stepfather:");
        Cell wrapped = layout.rows().get(0).cell(1);
        assertThat(wrapped.lines()).extracting(Para::wrapped).containsExactly(false, true);
        assertThat(wrapped.text()).isEqualTo("Supercalifragilistic expialidocious");
    }

    @Test
    void rowCutByAPageBreakIsMendedIntoOneRow() throws Exception {
        Layout layout = PdfLayoutReader.read(pdf(
                page -> {
                    page.grid(new float[] {80, 140, 200}, new float[] {760, 776, 792});
                    page.text(85, 771, "Police");
                    page.text(145, 771, "X");
                    page.text(85, 787, "Out of area");
                    page.text(145, 787, "x");
                },
                page -> {
                    page.grid(new float[] {80, 140, 200}, new float[] {72, 88, 104});
                    page.text(85, 83, "services");
                    page.text(85, 99, "Housing");
                }));

        assertThat(layout.rows()).extracting(PdfLayoutReaderTests::texts).containsExactly(
                List.of("Police", "X"), List.of("Out of area services", "x"), List.of("Housing", ""));
        assertThat(layout.rows()).extracting(Row::table).containsOnly(0);
    }

    @Test
    void rowsThatMerelyMeetAtAPageBreakStaySeparate() throws Exception {
        Layout layout = PdfLayoutReader.read(pdf(
                page -> {
                    page.grid(new float[] {80, 200, 260}, new float[] {760, 776, 792});
                    page.text(85, 771, "Police");
                    page.text(85, 787, "Education");
                },
                page -> {
                    page.grid(new float[] {80, 200, 260}, new float[] {72, 88});
                    page.text(85, 83, "Housing");
                }));

        assertThat(layout.rows()).extracting(PdfLayoutReaderTests::texts).containsExactly(
                List.of("Police", ""), List.of("Education", ""), List.of("Housing", ""));
    }

    @Test
    void pdfWithoutTextIsTakenForAScan() {
        assertThatThrownBy(() -> PdfLayoutReader.read(pdf(page -> page.line(10, 10, 100, 100))))
                .isInstanceOf(UnusableDocumentException.class)
                .extracting(e -> ((UnusableDocumentException) e).kind())
                .isEqualTo(UnusableDocumentException.Kind.NO_TEXT_LAYER);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
