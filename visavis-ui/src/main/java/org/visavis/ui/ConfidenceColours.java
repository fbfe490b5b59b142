package org.visavis.ui;

import java.awt.Color;

/**
 * Link colours as memoQ and Trados show them: red for doubtful links, amber for middling, green
 * for likely ones; confirmed links are a calm blue whatever their score. The shades are those of
 * the {@link Palette} of the look installed, so they stay apart on a dark table too.
 * {@code ConfidenceColours.of(0.3)} is a red.
 */
final class ConfidenceColours {
    private ConfidenceColours() {
    }

    static Color confirmed() {
        return Palette.current().confirmed();
    }

    static Color of(double confidence) {
        Palette p = Palette.current();
        double c = Math.max(0, Math.min(1, confidence));
        return c < 0.5 ? Palette.mix(p.low(), p.middle(), c / 0.5) : Palette.mix(p.middle(), p.high(), (c - 0.5) / 0.5);
    }
}
