package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.Locale;
import java.util.OptionalInt;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Side;

/**
 * The status bar at the foot of the window: the selected bead on the left, the last message in
 * the middle, the counts and saved state with a busy indicator on the right.
 *
 * <pre>{@code
 * status.say("Saved alignments/demo");
 * status.showCounts(alignment, OptionalInt.empty(), "unsaved");
 * }</pre>
 */
final class StatusBar extends JPanel {
    private final JLabel position = new JLabel(" ");
    private final JLabel counts = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JProgressBar busy = new JProgressBar();

    StatusBar() {
        super(new BorderLayout(12, 0));
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        JPanel right = new JPanel(new BorderLayout(8, 0));
        busy.setVisible(false);
        busy.setPreferredSize(new Dimension(80, 12));
        right.add(counts, BorderLayout.CENTER);
        right.add(busy, BorderLayout.EAST);
        add(position, BorderLayout.WEST);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        message.setMinimumSize(new Dimension(0, 0)); // a long message is cut, never pushes the counts out
    }

    /** How long a message stays before the middle of the bar clears. */
    static final int MESSAGE_MS = 8000;
    private final javax.swing.Timer expiry = new javax.swing.Timer(MESSAGE_MS, e -> message.setText(" "));

    /** Shows a message for {@link #MESSAGE_MS}; a newer message replaces it and starts the time again. */
    void say(String text) {
        message.setText(text);
        expiry.setRepeats(false);
        expiry.restart();
    }

    /** The timer that clears the message (tests fire it instead of waiting). */
    javax.swing.Timer expiry() {
        return expiry;
    }

    String message() {
        return message.getText();
    }

    /** Shows the busy indicator while {@code running} background tasks are more than none. */
    void showBusy(int running) {
        busy.setVisible(running > 0);
        busy.setIndeterminate(running > 0);
    }

    /** Bead and unconfirmed counts, how many beads the filter shows if the table is filtered, and the save state. */
    void showCounts(Alignment a, OptionalInt shownIfFiltered, String saveState) {
        long unconfirmed = a.beads().stream().filter(b -> !b.isConfirmed()).count();
        counts.setText(String.format(Locale.ROOT, "%,d beads · %,d unconfirmed%s · %s", a.beads().size(), unconfirmed,
                shownIfFiltered.isPresent()
                        ? " · filtered: " + String.format(Locale.ROOT, "%,d", shownIfFiltered.getAsInt()) + " shown" : "",
                saveState));
    }

    void clearCounts() {
        counts.setText(" ");
    }

    /** The selected bead, numbered from 1 for people, and the side that has the focus. */
    void showPosition(int index, Bead bead, Side side) {
        position.setText(String.format(Locale.ROOT, "Bead %,d · %s · %.2f · %s · %s side", org.visavis.checks.BeadNumbers.shown(index), bead.shape(),
                bead.confidence(), bead.isConfirmed() ? "confirmed" : "automatic",
                side == Side.SOURCE ? "source" : "target"));
    }

    void clearPosition() {
        position.setText(" ");
    }
}
