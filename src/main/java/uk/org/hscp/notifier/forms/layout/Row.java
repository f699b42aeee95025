package uk.org.hscp.notifier.forms.layout;

import java.util.List;

/**
 * A table row, or a paragraph outside any table (then {@code table} is negative and there is one cell).
 * {@code table} numbers the tables of the document in reading order.
 */
public record Row(List<Cell> cells, int table) {

    public Row {
        cells = List.copyOf(cells);
    }

    public boolean inTable() {
        return table >= 0;
    }

    /** The cell at {@code index}, or an empty cell past the end of the row. */
    public Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    @Override
    public String toString() {
        return "Row[" + cells.size() + " cells, table " + table + "]";
    }
}
