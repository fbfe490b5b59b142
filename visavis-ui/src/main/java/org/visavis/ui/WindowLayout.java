package org.visavis.ui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.prefs.Preferences;
import org.visavis.model.Side;

/**
 * Remembers the window's place and size, the text column widths, the reading font size, the
 * low-confidence threshold, the theme and, per project, where the reviser left it, across sessions
 * (java.util.prefs, node {@code org/visavis/ui}).
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

    /** Where a reviser left a project: the bead, the side, and the view (attention filter, risk order, findings panel). */
    record ProjectView(int bead, Side side, boolean filtered, boolean byRisk, boolean findingsShown) {
        static final ProjectView START = new ProjectView(0, Side.SOURCE, false, false, true);
    }

    /** Remembers where {@code project} was left, by its real path. */
    void rememberView(java.nio.file.Path project, ProjectView v) {
        projects().put(key(project), v.bead() + ";" + v.side() + ";" + v.filtered() + ";" + v.byRisk() + ";" + v.findingsShown());
    }

    /** Where {@code project} was left, or the start of it the first time (or when what was saved cannot be read). */
    ProjectView view(java.nio.file.Path project) {
        String[] p = projects().get(key(project), "").split(";");
        if (p.length != 5) {
            return ProjectView.START;
        }
        try {
            return new ProjectView(Math.max(0, Integer.parseInt(p[0])), Side.valueOf(p[1]),
                    Boolean.parseBoolean(p[2]), Boolean.parseBoolean(p[3]), Boolean.parseBoolean(p[4]));
        } catch (IllegalArgumentException e) {
            return ProjectView.START; // written by another version: start at the top
        }
    }

    /**
     * Reads the stored project views now, on a background thread: the first read of a
     * preferences node parses its file, which the Swing thread should not wait for when a
     * project opens.
     */
    void readViewsInBackground() {
        Thread t = new Thread(() -> projects().get("", ""), "visavis-prefs");
        t.setDaemon(true);
        t.start();
    }

    /** Where File › New alignment keeps what was typed last time. */
    Preferences newAlignmentFields() {
        return prefs.node("new-alignment");
    }

    private Preferences projects() {
        return prefs.node("projects");
    }

    /** A preferences key for a folder: keys are limited to 80 characters, paths are not. */
    private static String key(java.nio.file.Path project) {
        String path = project.toAbsolutePath().normalize().toString();
        return Integer.toHexString(path.hashCode()) + "-" + Integer.toHexString(new StringBuilder(path).reverse().toString().hashCode());
    }

    /** The look chosen in View › Theme; following the system until one is chosen. */
    Theme theme() {
        String t = prefs.get("theme", Theme.SYSTEM.name());
        return Theme.named(t);
    }

    void rememberTheme(Theme t) {
        prefs.put("theme", t.name());
    }

    int fontSize(int fallback) {
        return prefs.getInt("fontSize", fallback);
    }
}
