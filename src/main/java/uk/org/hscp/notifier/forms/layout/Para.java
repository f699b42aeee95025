package uk.org.hscp.notifier.forms.layout;

import java.util.List;

/** One paragraph (or one visual line group) of a cell. */
public record Para(List<Piece> pieces) {

    public Para {
        pieces = List.copyOf(pieces);
    }

    /** All text, struck or not; boxes left out. */
    public String text() {
        return text(true);
    }

    /** The text that is not struck through; boxes left out. */
    public String unstruckText() {
        return text(false);
    }

    private String text(boolean includeStruck) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Text t && (includeStruck || !t.struck())) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    public boolean hasBox() {
        return pieces.stream().anyMatch(Piece.Box.class::isInstance);
    }

    public boolean isBlank() {
        return !hasBox() && text().isBlank();
    }

    @Override
    public String toString() {
        return "Para[" + pieces.size() + " pieces]";
    }
}
