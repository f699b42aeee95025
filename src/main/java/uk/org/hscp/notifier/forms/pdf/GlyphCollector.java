package uk.org.hscp.notifier.forms.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions, using PDFBox's text stripper for the text
 * positions (it also drops the duplicate glyphs of fake bold). Nothing is written out.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();
    private final PdfLimits.Counter operators = new PdfLimits.Counter(PdfLimits.MAX_OPERATORS, "drawing operators");
    private final PdfLimits.Counter positions = new PdfLimits.Counter(PdfLimits.MAX_GLYPHS, "characters");
    private PdfLimits.Exceeded exceeded;

    private GlyphCollector() {
        super();
    }

    /** The glyphs of page {@code pageIndex} (0-based). */
    static List<Glyph> collect(PDDocument doc, int pageIndex) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.setStartPage(pageIndex + 1);
        collector.setEndPage(pageIndex + 1);
        collector.setSortByPosition(true);
        collector.getText(doc);
        if (collector.exceeded != null) {
            throw collector.exceeded;
        }
        collector.operators.rethrow();
        return collector.glyphs;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        operators.add();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        try {
            positions.add();
        } catch (PdfLimits.Exceeded e) {
            exceeded = e; // this callback cannot throw: the text stripper is stopped at its next operator
            operators.stop();
            return;
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                String unicode = t.getUnicode();
                if (unicode == null || unicode.isEmpty()) {
                    continue;
                }
                glyphs.add(new Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        Math.max(t.getHeightDir(), 1f), t.getFontSizeInPt(), t.getWidthOfSpace()));
            }
        }
    }
}
