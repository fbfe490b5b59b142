package org.visavis.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells code fonts and code styles by their names, the same for a PDF's fonts and a word
 * processor's: {@code isMonospace("ABCDEF+LMMono10-Regular")}, {@code isMonospace("Courier New")},
 * {@code isMonospace("DejaVu Sans Mono")} are true; {@code isCodeStyle("Preformatted Text")},
 * {@code isCodeStyle("HTML Preformatted")}, {@code isCodeStyle("Source Code")} too.
 */
final class MonospaceFonts {

    private static final Pattern MONOSPACE_NAME = Pattern.compile("(?i)mono|nimbusmon|courier|cursor|typewriter|consol"
            + "|menlo|inconsolata|cmtt|cmsltt|cmitt|sftt|sfsltt|ectt|tctt|lmtt|t1xtt|txtt|^tt\\d*$|code");
    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    /** Style names of code paragraphs and runs in Writer, Word and their HTML imports, spaces and case aside. */
    private static final Pattern CODE_STYLE = Pattern.compile("preformattedtext|htmlpreformatted|htmlcode|sourcetext"
            + "|sourcecode|code|codeblock|verbatim|programlisting|listing|macrotext|plaintext|computercode|screen");

    private MonospaceFonts() {
    }

    static boolean isMonospace(String fontName) {
        return fontName != null && MONOSPACE_NAME.matcher(SUBSET_PREFIX.matcher(fontName.strip()).replaceFirst("")).find();
    }

    static boolean isCodeStyle(String styleName) {
        return styleName != null
                && CODE_STYLE.matcher(styleName.replaceAll("(?:_20_|[\\s_-])", "").toLowerCase(Locale.ROOT)).matches();
    }
}
