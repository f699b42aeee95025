package uk.org.hscp.notifier.forms.layout;

/** Test helper: a layout as readable text, for failure messages and exploring sample files. */
public final class LayoutDump {

    private LayoutDump() {
    }

    public static String dump(Layout layout) {
        StringBuilder sb = new StringBuilder();
        int table = Integer.MIN_VALUE;
        for (Row row : layout.rows()) {
            if (row.table() != table) {
                table = row.table();
                sb.append(row.inTable() ? "TABLE " + table : "TEXT").append('\n');
            }
            sb.append("  |");
            for (Cell cell : row.cells()) {
                sb.append(' ');
                boolean firstPara = true;
                for (Para para : cell.lines()) {
                    if (!firstPara) {
                        sb.append(para.wrapped() ? " ↵ " : " ¶ ");
                    }
                    firstPara = false;
                    for (Piece piece : para.pieces()) {
                        if (piece instanceof Piece.Box box) {
                            sb.append(box.checked() ? "[x]" : "[ ]");
                        } else if (piece instanceof Piece.Text text) {
                            sb.append(text.struck() ? "~~" + text.text() + "~~" : text.text());
                        }
                    }
                }
                sb.append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
