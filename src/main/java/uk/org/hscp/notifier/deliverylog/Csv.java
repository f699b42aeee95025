package uk.org.hscp.notifier.deliverylog;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF rows; a cell with a comma, quote, line break or edge space is quoted and
 * its quotes doubled), safe to open in a spreadsheet: a cell starting with {@code = + - @}, a tab or a
 * carriage return is prefixed with a single quote so it is never run as a formula.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(cells.get(i)));
        }
        return row.append("\r\n").toString();
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = safe.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + safe;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || Character.isWhitespace(safe.charAt(0))
                || Character.isWhitespace(safe.charAt(safe.length() - 1));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
