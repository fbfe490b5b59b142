package org.visavis.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRadioButtonMenuItem;

/**
 * View › Theme: Light, Dark, Follow the system, the current choice ticked.
 *
 * <pre>{@code
 * ThemeMenu menu = ThemeMenu.addTo(frame.getJMenuBar(), "View", Theme.SYSTEM, workbench::setTheme);
 * }</pre>
 */
final class ThemeMenu {
    private final JMenu menu = new JMenu("Theme");
    private final Map<Theme, JRadioButtonMenuItem> items = new EnumMap<>(Theme.class);

    private ThemeMenu(Theme chosen, Consumer<Theme> choose) {
        menu.setMnemonic('T');
        ButtonGroup group = new ButtonGroup();
        for (Theme t : Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(t.label(), t == chosen);
            item.setToolTipText(t == Theme.SYSTEM
                    ? "Dark when the desktop asks for dark windows (GNOME colour scheme or GTK theme, macOS, Windows), else light"
                    : t.label() + " whatever the desktop uses");
            item.addActionListener(e -> choose.accept(t));
            group.add(item);
            items.put(t, item);
            menu.add(item);
        }
    }

    /** Adds the menu at the end of the menu named {@code menuName} of {@code bar}, after a separator. */
    static ThemeMenu addTo(JMenuBar bar, String menuName, Theme chosen, Consumer<Theme> choose) {
        ThemeMenu m = new ThemeMenu(chosen, choose);
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu menu = bar.getMenu(i);
            if (menu != null && menu.getText().equals(menuName)) {
                menu.addSeparator();
                menu.add(m.menu);
                return m;
            }
        }
        throw new IllegalArgumentException("no menu " + menuName);
    }

    /** The item of {@code t}, for tests and for ticking it. */
    JRadioButtonMenuItem item(Theme t) {
        return items.get(t);
    }
}
