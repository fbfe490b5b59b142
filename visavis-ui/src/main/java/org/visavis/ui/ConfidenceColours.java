package org.visavis.ui;

import java.awt.Color;

/**
 * Link colours as memoQ and Trados show them: red for doubtful links, amber for middling, green
 * for likely ones; confirmed links are a calm blue whatever their score.
 * {@code ConfidenceColours.of(0.3)} is a red.
 */
final class ConfidenceColours {
    static final Color CONFIRMED = new Color(0x3C7DD9);
    private static final Color LOW = new Color(0xE0483E);
    private static final Color MIDDLE = new Color(0xF0B429);
    private static final Color HIGH = new Color(0x3FA34D);

    private ConfidenceColours() {
    }

    static Color of(double confidence) {
        double c = Math.max(0, Math.min(1, confidence));
        return c < 0.5 ? mix(LOW, MIDDLE, c / 0.5) : mix(MIDDLE, HIGH, (c - 0.5) / 0.5);
    }

    /** A pale version of {@code c} for backgrounds. */
    static Color pale(Color c, double strength) {
        return mix(Color.WHITE, c, strength);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
