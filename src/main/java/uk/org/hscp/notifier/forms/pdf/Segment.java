package uk.org.hscp.notifier.forms.pdf;

/** A straight ruling drawn on a page (a table border, a strike-through), top-down coordinates. */
record Segment(float x1, float y1, float x2, float y2) {

    static final float FLAT = 1.0f;

    static Segment of(float x1, float y1, float x2, float y2) {
        return new Segment(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }

    boolean horizontal() {
        return y2 - y1 <= FLAT && x2 - x1 > 2;
    }

    boolean vertical() {
        return x2 - x1 <= FLAT && y2 - y1 > 2;
    }

    float y() {
        return (y1 + y2) / 2;
    }

    float x() {
        return (x1 + x2) / 2;
    }

    /** Whether this segment and {@code other} touch or cross, allowing {@code tolerance} points. */
    boolean touches(Segment other, float tolerance) {
        return x1 - tolerance <= other.x2 && other.x1 - tolerance <= x2
                && y1 - tolerance <= other.y2 && other.y1 - tolerance <= y2;
    }
}
