package org.visavis.ui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.prefs.Preferences;

/**
 * Remembers the window's place and size, the text column widths and the reading font size
 * across sessions (java.util.prefs, node {@code org/visavis/ui}).
 */
final class WindowLayout {
    private final Preferences prefs;

    WindowLayout(Preferences prefs) {
        this.prefs = prefs;
    }

    static WindowLayout user() {
        return new WindowLayout(Preferences.userRoot().node("org/visavis/ui"));
    }

    void restore(Frame frame) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = Math.min(prefs.getInt("width", 1280), screen.width);
        int h = Math.min(prefs.getInt("height", 820), screen.height);
        int x = prefs.getInt("x", screen.x + (screen.width - w) / 2);
        int y = prefs.getInt("y", screen.y + (screen.height - h) / 2);
        Rectangle r = new Rectangle(x, y, w, h);
        if (!screen.intersects(r)) {
            r.setLocation(screen.x, screen.y); // the screen it was on is gone
        }
        frame.setBounds(r);
        if (prefs.getBoolean("maximized", false)) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    void remember(Frame frame, int fontSize, double sourceShare) {
        prefs.putDouble("sourceShare", sourceShare);
        remember(frame, fontSize);
    }

    /** The source column's share of the two text columns' width, 0.5 at first. */
    double sourceShare() {
        double s = prefs.getDouble("sourceShare", 0.5);
        return s > 0.15 && s < 0.85 ? s : 0.5;
    }

    void remember(Frame frame, int fontSize) {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) != 0;
        prefs.putBoolean("maximized", maximized);
        if (!maximized) {
            Rectangle r = frame.getBounds();
            prefs.putInt("x", r.x);
            prefs.putInt("y", r.y);
            prefs.putInt("width", r.width);
            prefs.putInt("height", r.height);
        }
        prefs.putInt("fontSize", fontSize);
    }

    /** The confidence below which a bead counts as low, as the reviser last set it. */
    double lowConfidence(double fallback) {
        double t = prefs.getDouble("lowConfidence", fallback);
        return t > 0 && t <= 1 ? t : fallback;
    }

    void rememberLowConfidence(double t) {
        prefs.putDouble("lowConfidence", t);
    }

    int fontSize(int fallback) {
        return prefs.getInt("fontSize", fallback);
    }
}
