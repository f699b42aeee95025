package uk.org.hscp.notifier.forms.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the paragraphs of one cell. Box glyphs typed as text (☒ ☑ ☐ and friends) become {@link Piece.Box}
 * pieces, so every format's tick boxes look the same to the form readers.
 */
public final class ParaBuilder {

    private final List<Para> paras = new ArrayList<>();
    private List<Piece> current = new ArrayList<>();
    private boolean currentWrapped;

    public ParaBuilder text(String text, boolean struck) {
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            Boolean box = boxGlyph(cp);
            if (box == null) {
                run.appendCodePoint(cp);
            } else {
                flush(run, struck);
                current.add(new Piece.Box(box));
            }
        });
        flush(run, struck);
        return this;
    }

    public ParaBuilder box(boolean checked) {
        current.add(new Piece.Box(checked));
        return this;
    }

    /** Ends the current paragraph (also used for line breaks inside a paragraph). */
    public ParaBuilder endParagraph() {
        paras.add(new Para(current, currentWrapped));
        current = new ArrayList<>();
        currentWrapped = false;
        return this;
    }

    /** Ends the current line; the next continues the same paragraph (a line the layout wrapped). */
    public ParaBuilder wrapLine() {
        endParagraph();
        currentWrapped = true;
        return this;
    }

    /** The cell built so far; an unfinished paragraph is ended first. */
    public Cell toCell() {
        if (!current.isEmpty()) {
            endParagraph();
        }
        return new Cell(paras);
    }

    private void flush(StringBuilder run, boolean struck) {
        if (run.isEmpty()) {
            return;
        }
        String s = run.toString();
        int last = current.size() - 1;
        if (last >= 0 && current.get(last) instanceof Piece.Text t && t.struck() == struck) {
            current.set(last, new Piece.Text(t.text() + s, struck));
        } else {
            current.add(new Piece.Text(s, struck));
        }
        run.setLength(0);
    }

    /** {@code TRUE} for a ticked box glyph, {@code FALSE} for an empty one, {@code null} for other text. */
    static Boolean boxGlyph(int codePoint) {
        return switch (codePoint) {
            case 0x2612, 0x2611, 0x22A0, 0x1F5F5, 0x1F5F7, 0x1F5F9 -> Boolean.TRUE; // ☒ ☑ ⊠ and ballot boxes
            case 0x2610, 0x25A1, 0x274F, 0x2751 -> Boolean.FALSE; // ☐ □ ❏ ❑
            default -> null;
        };
    }
}
