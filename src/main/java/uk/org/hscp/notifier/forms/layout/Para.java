package uk.org.hscp.notifier.forms.layout;

import java.util.List;

/**
 * One paragraph of a cell, or one line of a paragraph: {@code wrapped} marks a line that continues the
 * paragraph before it because the layout wrapped it there (only a PDF gives such lines; its paragraph
 * breaks are inferred, so readers that need to can second-guess them).
 */
public record Para(List<Piece> pieces, boolean wrapped) {

    public Para {
        pieces = List.copyOf(pieces);
    }

    public Para(List<Piece> pieces) {
        this(pieces, false);
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
        return "Para[" + pieces.size() + " pieces" + (wrapped ? ", wrapped" : "") + "]";
    }
}
