package uk.org.hscp.notifier.forms.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table cell, or the single cell of a paragraph outside any table. {@code lines} are its paragraphs as
 * read, where a PDF's wrapped lines are separate entries marked {@link Para#wrapped()};
 * {@link #paras()} joins those back into paragraphs.
 */
public record Cell(List<Para> lines) {

    public static final Cell EMPTY = new Cell(List.of());

    public Cell {
        lines = List.copyOf(lines);
    }

    /** The paragraphs: wrapped lines joined to the line before them (with a space, unless after a hyphen). */
    public List<Para> paras() {
        if (lines.stream().noneMatch(Para::wrapped)) {
            return lines;
        }
        List<Para> paras = new ArrayList<>();
        List<Piece> current = null;
        for (Para line : lines) {
            if (line.wrapped() && current != null) {
                String before = new Para(current).text();
                if (!before.matches("(?s).*\\p{L}-")) {
                    current.add(new Piece.Text(" ", false));
                }
                current.addAll(line.pieces());
            } else {
                if (current != null) {
                    paras.add(new Para(current));
                }
                current = new ArrayList<>(line.pieces());
            }
        }
        if (current != null) {
            paras.add(new Para(current));
        }
        return paras;
    }

    /** All text, struck or not, paragraphs joined with a line feed; boxes left out. */
    public String text() {
        return paras().stream().map(Para::text).collect(Collectors.joining("\n"));
    }

    /** The text that is not struck through, paragraphs joined with a line feed. */
    public String unstruckText() {
        return paras().stream().map(Para::unstruckText).collect(Collectors.joining("\n"));
    }

    /** Every piece in reading order, paragraphs one after another. */
    public List<Piece> pieces() {
        return lines.stream().flatMap(p -> p.pieces().stream()).toList();
    }

    public boolean hasBox() {
        return lines.stream().anyMatch(Para::hasBox);
    }

    public boolean isBlank() {
        return lines.stream().allMatch(Para::isBlank);
    }

    @Override
    public String toString() {
        return "Cell[" + lines.size() + " lines]";
    }
}
