package uk.org.hscp.notifier.forms.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.hscp.notifier.forms.layout.Cell;
import uk.org.hscp.notifier.forms.layout.Piece;

/**
 * One answer out of a few written as words in the same cells: "Male / Female" with one struck through,
 * "M", "Yes ☒ | No ☐", "Yes | ~~No~~", "YES", "Yes - criteria met". When the cells hold tick boxes, the
 * word beside a ticked box wins; otherwise the one option word left standing (not struck through) does.
 */
final class Choices {

    /** The chosen option, or {@code null}; {@code ambiguous} when more than one is chosen. */
    record Choice<T>(T value, boolean ambiguous) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private sealed interface Token {
    }

    private record Word(String word, boolean struck, int cell) implements Token {
    }

    private record Box(boolean checked, int cell) implements Token {
    }

    private Choices() {
    }

    static <T> Choice<T> choose(List<Cell> cells, Map<String, T> words) {
        List<Token> tokens = tokens(cells);
        boolean boxes = tokens.stream().anyMatch(Box.class::isInstance);
        Set<T> chosen = new LinkedHashSet<>();
        if (boxes) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Box box && box.checked()) {
                    T option = optionBeside(tokens, i, box.cell(), words);
                    if (option != null) {
                        chosen.add(option);
                    }
                }
            }
        } else {
            for (Token token : tokens) {
                if (token instanceof Word w && !w.struck() && words.containsKey(w.word())) {
                    chosen.add(words.get(w.word()));
                }
            }
        }
        if (chosen.size() == 1) {
            return new Choice<>(chosen.iterator().next(), false);
        }
        return new Choice<>(null, chosen.size() > 1);
    }

    /** The option word right after the box, or else right before it, in the same cell. */
    private static <T> T optionBeside(List<Token> tokens, int box, int cell, Map<String, T> words) {
        for (int step : new int[] {1, -1}) {
            int j = box + step;
            if (j >= 0 && j < tokens.size() && tokens.get(j) instanceof Word w && w.cell() == cell && !w.struck()
                    && words.containsKey(w.word())) {
                return words.get(w.word());
            }
        }
        return null;
    }

    private static List<Token> tokens(List<Cell> cells) {
        List<Token> tokens = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            for (Piece piece : cells.get(c).pieces()) {
                if (piece instanceof Piece.Box b) {
                    tokens.add(new Box(b.checked(), c));
                } else if (piece instanceof Piece.Text t) {
                    Matcher m = WORD.matcher(t.text());
                    while (m.find()) {
                        tokens.add(new Word(m.group().toLowerCase(Locale.ROOT).replace("'", ""), t.struck(), c));
                    }
                }
            }
        }
        return tokens;
    }
}
