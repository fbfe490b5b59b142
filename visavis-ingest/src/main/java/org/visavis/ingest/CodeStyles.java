package org.visavis.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * A word processor's styles as far as code goes: each style's parent (ODF's parent style, Word's
 * "based on") and what the style itself says, by its name or its font: code, not code, or
 * nothing (then its parent says). A style never declared is code by its name alone.
 *
 * <pre>{@code
 * CodeStyles styles = new CodeStyles();
 * styles.declare("P1", "Preformatted_20_Text", null);
 * styles.declare("Preformatted_20_Text", "Standard", true);
 * styles.isCode("P1");  // true
 * }</pre>
 */
final class CodeStyles {

    /** Longer chains of parents than this are a loop. */
    private static final int MAX_DEPTH = 64;

    private record Style(String parent, Boolean code) {
    }

    private final Map<String, Style> styles = new HashMap<>();

    /** A style, its parent (or null) and whether it is code by its own name or font (null: it does not say). */
    void declare(String name, String parent, Boolean code) {
        styles.put(name, new Style(parent, code));
    }

    /** What the style's font says, unless its name said it is code already. */
    void font(String name, Boolean monospace) {
        Style s = styles.get(name);
        if (s != null && monospace != null && s.code() == null) {
            styles.put(name, new Style(s.parent(), monospace));
        }
    }

    boolean isCode(String name) {
        String n = name;
        for (int depth = 0; n != null && depth < MAX_DEPTH; depth++) {
            Style s = styles.get(n);
            if (s == null) {
                return MonospaceFonts.isCodeStyle(n);
            }
            if (s.code() != null) {
                return s.code();
            }
            n = s.parent();
        }
        return false;
    }
}
