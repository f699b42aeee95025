package uk.org.hscp.notifier.forms.layout;

import java.util.List;
import java.util.stream.Collectors;

/** A table cell, or the single cell of a paragraph outside any table. */
public record Cell(List<Para> paras) {

    public static final Cell EMPTY = new Cell(List.of());

    public Cell {
        paras = List.copyOf(paras);
    }

    /** All text, struck or not, paragraphs joined with a line feed; boxes left out. */
    public String text() {
        return paras.stream().map(Para::text).collect(Collectors.joining("\n"));
    }

    /** The text that is not struck through, paragraphs joined with a line feed. */
    public String unstruckText() {
        return paras.stream().map(Para::unstruckText).collect(Collectors.joining("\n"));
    }

    /** Every piece in reading order, paragraphs one after another. */
    public List<Piece> pieces() {
        return paras.stream().flatMap(p -> p.pieces().stream()).toList();
    }

    public boolean hasBox() {
        return paras.stream().anyMatch(Para::hasBox);
    }

    public boolean isBlank() {
        return paras.stream().allMatch(Para::isBlank);
    }

    @Override
    public String toString() {
        return "Cell[" + paras.size() + " paragraphs]";
    }
}
