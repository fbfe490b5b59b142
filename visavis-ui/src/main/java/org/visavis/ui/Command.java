package org.visavis.ui;

import java.util.Optional;
import javax.swing.KeyStroke;

/**
 * One thing the workbench can do: its menu, its name, its shortcuts and what it runs. The menus,
 * the key bindings and Help › Keyboard shortcuts are all built from the same list, so they
 * cannot disagree. {@link Reach#TABLE} commands use plain keys (Space, Enter, Delete) and act
 * only while the bead table has the focus, so typing in the search field is never taken.
 *
 * <pre>{@code
 * new Command("Bead", "Merge with next bead", key("ctrl M"), Optional.empty(), Reach.WINDOW, this::mergeNext)
 *     .startingGroup().enabledWhen(() -> project.isOpen())
 * }</pre>
 */
record Command(String menu, String name, KeyStroke key, Optional<KeyStroke> alternate, Reach reach, Runnable action,
               boolean startsGroup, java.util.function.BooleanSupplier canAct) {
    /** Where the shortcut works: anywhere in the window, on the bead table, on the findings list. */
    enum Reach { WINDOW, TABLE, FINDINGS }

    /** A command that can always act and continues the group of the one before it. */
    Command(String menu, String name, KeyStroke key, Optional<KeyStroke> alternate, Reach reach, Runnable action) {
        this(menu, name, key, alternate, reach, action, false, () -> true);
    }

    /** This command after a separator in its menu. */
    Command startingGroup() {
        return new Command(menu, name, key, alternate, reach, action, true, canAct);
    }

    /** This command, greyed out (menu, toolbar, key) while {@code when} is false. */
    Command enabledWhen(java.util.function.BooleanSupplier when) {
        return new Command(menu, name, key, alternate, reach, action, startsGroup, when);
    }

    static KeyStroke key(String spec) {
        KeyStroke k = KeyStroke.getKeyStroke(spec);
        if (k == null) {
            throw new IllegalArgumentException("not a key stroke: " + spec);
        }
        return k;
    }

    /** "Ctrl+Shift+Z" for a key stroke, as the shortcuts list shows it. */
    static String describe(KeyStroke k) {
        String mods = java.awt.event.InputEvent.getModifiersExText(k.getModifiers());
        String key = switch (k.getKeyCode()) {
            case java.awt.event.KeyEvent.VK_EQUALS -> "=";
            case java.awt.event.KeyEvent.VK_MINUS -> "-";
            case java.awt.event.KeyEvent.VK_ADD -> "+ (keypad)";
            case java.awt.event.KeyEvent.VK_SUBTRACT -> "- (keypad)";
            default -> java.awt.event.KeyEvent.getKeyText(k.getKeyCode());
        };
        return mods.isEmpty() ? key : mods + "+" + key;
    }
}
