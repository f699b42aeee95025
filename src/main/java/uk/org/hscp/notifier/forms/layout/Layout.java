package uk.org.hscp.notifier.forms.layout;

import java.util.List;

/**
 * A document reduced to what the form readers need, the same for .docx, .doc and PDF: rows in reading
 * order, each a table row or a paragraph outside any table, with struck-through text and tick boxes kept.
 */
public record Layout(List<Row> rows) {

    public Layout {
        rows = List.copyOf(rows);
    }

    /** All text of the document, cells and rows separated by line feeds. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                sb.append(cell.text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Layout[" + rows.size() + " rows]";
    }
}
