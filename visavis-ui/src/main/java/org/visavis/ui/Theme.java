package org.visavis.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.function.BooleanSupplier;
import javax.swing.UIManager;

/**
 * The look the reviser chose in View › Theme: FlatLaf light, dark, or whichever the desktop asks
 * for ({@link SystemTheme}). {@link #install} sets it up before windows exist, {@link #switchLive}
 * repaints the open ones.
 *
 * <pre>{@code
 * Theme.DARK.switchLive(SystemTheme::prefersDark);
 * }</pre>
 */
enum Theme {
    LIGHT("Light"), DARK("Dark"), SYSTEM("Follow the system");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean isDark(BooleanSupplier systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark.getAsBoolean();
    }

    /** Installs the look for this choice (nothing is repainted); true when it is dark. */
    boolean install(BooleanSupplier systemPrefersDark) {
        SwingThread.mustBeSwingThread();
        boolean dark = isDark(systemPrefersDark);
        if (dark != FlatLaf.isLafDark() || !(UIManager.getLookAndFeel() instanceof FlatLaf)) {
            if (dark) {
                FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
        }
        // a slightly roomier table, lines between beads and columns
        UIManager.put("Table.showVerticalLines", Boolean.TRUE);
        UIManager.put("Table.showHorizontalLines", Boolean.TRUE);
        return dark;
    }

    /** Installs the look and updates every open window to it. */
    void switchLive(BooleanSupplier systemPrefersDark) {
        install(systemPrefersDark);
        FlatLaf.updateUI();
    }

    /** The choice saved as {@code name}; following the system when it is not one of ours. */
    static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return SYSTEM;
    }
}
