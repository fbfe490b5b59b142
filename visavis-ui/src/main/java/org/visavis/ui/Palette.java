package org.visavis.ui;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;

/**
 * The workbench's own colours (confidence stripes, marks, secondary text) for a light and a dark
 * look: the dark ones are lighter and less saturated so that text on them stays readable and the
 * red, amber, green and blue of the stripes stay apart. Tag markers of inline codes are violet
 * chips ({@code tag} behind, {@code tagText} on it), a colour no mark or stripe uses. Backgrounds and the main text colour come
 * from the table, that is from the look and feel.
 *
 * <pre>{@code
 * Palette p = Palette.current();   // DARK while FlatDarkLaf is installed
 * g.setColor(p.secondaryText());
 * }</pre>
 */
record Palette(boolean dark, Color text, Color confirmedTint, Color paragraphRule, Color pilcrow, Color secondaryText,
               Color term, Color forbidden, Color finding, Color findingEdge, Color search, Color searchEdge,
               Color confirmed, Color low, Color middle, Color high, Color error, Color warning, Color ignored,
               Color tag, Color tagText) {

    static final Palette LIGHT = new Palette(false, new Color(0x1F2328), new Color(0x3C7DD9), new Color(0xD5D9DE),
            new Color(0x9AA0A6), new Color(0x5F6368), new Color(0xFFEFB0), new Color(0xF8C9C4), new Color(0xFFC98A),
            new Color(0xC25E00), new Color(0xB8E0B0), new Color(0x2E7D32), new Color(0x3C7DD9), new Color(0xE0483E),
            new Color(0xF0B429), new Color(0x3FA34D), new Color(0xB3261E), new Color(0x9A6700), new Color(0x8A8F96),
            new Color(0xE6E0F8), new Color(0x5B3FB0));

    static final Palette DARK = new Palette(true, new Color(0xE6E8EB), new Color(0x6AA8F7), new Color(0x5E6368),
            new Color(0x80868D), new Color(0xD0D4DA), new Color(0x6B5A1E), new Color(0x7A2E2A), new Color(0x7A4A12),
            new Color(0xF0A050), new Color(0x2E5E32), new Color(0x7BC67E), new Color(0x6AA8F7), new Color(0xFF7A70),
            new Color(0xE8B53A), new Color(0x5CBF6A), new Color(0xFF8A80), new Color(0xE3B341), new Color(0x9AA0A6),
            new Color(0x433A6B), new Color(0xCDC2FF));

    /** The palette of the look and feel installed now. */
    static Palette current() {
        return FlatLaf.isLafDark() ? DARK : LIGHT;
    }

    /** The background of a confirmed bead's row: the table's background, tinted blue. */
    Color confirmedRow(Color tableBackground) {
        return mix(tableBackground, confirmedTint, dark ? 0.12 : 0.07);
    }

    /** The background of the selected row: the table's background towards its selection colour. */
    Color selectedRow(Color tableBackground, Color selection) {
        return mix(tableBackground, selection, dark ? 0.45 : 0.25);
    }

    /** {@code a} moved by {@code t} (0 to 1) towards {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The WCAG 2 relative luminance, 0 for black and 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
