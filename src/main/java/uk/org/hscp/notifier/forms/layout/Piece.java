package uk.org.hscp.notifier.forms.layout;

import java.util.Objects;

/** A piece of a paragraph: a run of text, or a tick box. */
public sealed interface Piece {

    /** Text as written; {@code struck} when it is struck through. */
    record Text(String text, boolean struck) implements Piece {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " chars" + (struck ? ", struck" : "") + "]";
        }
    }

    /** A tick box: a content control, a legacy form field, or a box glyph such as ☒ or ☐. */
    record Box(boolean checked) implements Piece {
    }
}
