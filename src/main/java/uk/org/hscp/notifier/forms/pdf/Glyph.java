package uk.org.hscp.notifier.forms.pdf;

/**
 * One glyph of a page's text layer, in top-down page coordinates (points): {@code x} is its left edge and
 * {@code baseline} its baseline, measured from the top of the page.
 */
record Glyph(String text, float x, float baseline, float width, float height, float fontSize, float spaceWidth) {

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /**
     * A point inside the glyph's line: a little above the baseline. (The glyph's own height is unreliable:
     * symbol fonts report their whole bounding box, which would lift a ✓ into the row above.)
     */
    float centerY() {
        return baseline - 0.3f * Math.min(fontSize, Math.max(height, 1f) * 2);
    }

    boolean isSpace() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return "Glyph[x=" + x + ", baseline=" + baseline + "]";
    }
}
