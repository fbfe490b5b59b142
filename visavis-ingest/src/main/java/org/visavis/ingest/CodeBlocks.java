package org.visavis.ingest;

import java.util.regex.Pattern;

/**
 * The text of a code or verbatim block as it is kept: its lines, their indentation and the
 * spaces inside them as written; only blank lines at its start and end, trailing spaces and
 * Windows line ends go. {@code verbatim("\n  $ ls -l   /etc\r\n\n")} is {@code "  $ ls -l   /etc"}.
 */
final class CodeBlocks {

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\\n|$)");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");

    private CodeBlocks() {
    }

    static String verbatim(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        lines = TRAILING_SPACES.matcher(lines).replaceAll("");
        return LEADING_BLANK_LINES.matcher(lines).replaceFirst("").stripTrailing();
    }
}
