package uk.org.hscp.notifier.forms.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.ParaBuilder;
import uk.org.hscp.notifier.forms.layout.Row;
import uk.org.hscp.notifier.forms.layout.Symbols;

/**
 * Walks a Word 97 document's main text into a {@link Layout}: tables row by row, struck-through and hidden
 * runs, symbol characters, and fields (instructions left out, results kept; a FORMCHECKBOX field becomes a
 * box, its state read by {@link FormFieldData}). Not thread-safe: one per document.
 */
final class DocWalker {

    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;

    /** A field being read: its instruction so far, and where its form-field data is. */
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        final int dataOffset;
        boolean inResult;
        boolean boxDone;

        Field(int dataOffset) {
            this.dataOffset = dataOffset;
        }
    }

    private final HWPFDocument doc;
    private final byte[] data;
    private final List<Row> rows = new ArrayList<>();
    private final Deque<Field> fields = new ArrayDeque<>();

    DocWalker(HWPFDocument doc) {
        this.doc = doc;
        this.data = doc.getDataStream();
    }

    Layout walk() {
        Range range = doc.getRange();
        int tables = 0;
        int i = 0;
        int n = range.numParagraphs();
        while (i < n) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                int index = tables++;
                for (int r = 0; r < table.numRows(); r++) {
                    TableRow tr = table.getRow(r);
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < tr.numCells(); c++) {
                        TableCell tc = tr.getCell(c);
                        ParaBuilder pb = new ParaBuilder();
                        for (int k = 0; k < tc.numParagraphs(); k++) {
                            paragraph(tc.getParagraph(k), pb);
                        }
                        cells.add(pb.toCell());
                    }
                    rows.add(new Row(cells, index));
                }
                i += Math.max(1, table.numParagraphs());
            } else {
                ParaBuilder pb = new ParaBuilder();
                paragraph(p, pb);
                Cell cell = pb.toCell();
                if (!cell.isBlank()) {
                    rows.add(new Row(List.of(cell), -1));
                }
                i++;
            }
        }
        return new Layout(rows);
    }

    private void paragraph(Paragraph p, ParaBuilder pb) {
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            run(p.getCharacterRun(r), pb);
        }
        pb.endParagraph();
    }

    private void run(CharacterRun cr, ParaBuilder pb) {
        boolean struck = cr.isStrikeThrough() || cr.isDoubleStrikeThrough();
        boolean hidden = cr.isVanished();
        String text = cr.text();
        if (cr.isSymbol() && !inInstruction()) {
            String font = cr.getSymbolFont() == null ? null : cr.getSymbolFont().getMainFontName();
            Symbols.append(font, Integer.toHexString(cr.getSymbolCharacter()), struck, pb);
            return;
        }
        StringBuilder visible = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            switch (ch) {
                case FIELD_BEGIN -> {
                    flush(visible, struck, hidden, pb);
                    fields.push(new Field(cr.getPicOffset()));
                }
                case FIELD_SEPARATOR -> {
                    flush(visible, struck, hidden, pb);
                    Field field = fields.peek();
                    if (field != null) {
                        field.inResult = true;
                        checkBox(field, pb);
                    }
                }
                case FIELD_END -> {
                    flush(visible, struck, hidden, pb);
                    Field field = fields.poll();
                    if (field != null) {
                        checkBox(field, pb);
                    }
                }
                default -> {
                    if (inInstruction()) {
                        fields.peek().instruction.append(ch);
                    } else {
                        visible.append(ch);
                    }
                }
            }
        }
        flush(visible, struck, hidden, pb);
    }

    private void checkBox(Field field, ParaBuilder pb) {
        if (field.boxDone || !field.instruction.toString().contains("FORMCHECKBOX") || inInstruction()) {
            return;
        }
        field.boxDone = true;
        Boolean checked = FormFieldData.checkBoxState(data, field.dataOffset);
        pb.box(Boolean.TRUE.equals(checked));
    }

    private boolean inInstruction() {
        Field field = fields.peek();
        return field != null && !field.inResult;
    }

    /** Writes the visible characters, turning Word's control characters into text or breaks. */
    private static void flush(StringBuilder visible, boolean struck, boolean hidden, ParaBuilder pb) {
        if (visible.isEmpty()) {
            return;
        }
        if (!hidden) {
            StringBuilder run = new StringBuilder();
            for (int k = 0; k < visible.length(); k++) {
                char ch = visible.charAt(k);
                switch (ch) {
                    case '\r', '\u0007' -> {
                        // paragraph and cell ends: the paragraph structure comes from HWPF
                    }
                    case '\u000B', '\u000C' -> {
                        pb.text(run.toString(), struck);
                        run.setLength(0);
                        pb.endParagraph();
                    }
                    case '\t' -> run.append(' ');
                    case '\u001E' -> run.append('-');
                    case '\u001F' -> {
                        // optional hyphen
                    }
                    default -> {
                        if (ch >= ' ' || ch == '\n') {
                            run.append(ch);
                        }
                    }
                }
            }
            pb.text(run.toString(), struck);
        }
        visible.setLength(0);
    }
}
