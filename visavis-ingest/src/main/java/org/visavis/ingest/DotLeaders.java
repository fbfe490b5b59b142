package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the dot leaders and page numbers off table-of-contents lines:
 * {@code "1.1 Console basics . . . . . . . 1"} becomes {@code "1.1 Console basics"}. Left in,
 * each dot would become a sentence of its own, and a long book's contents would swamp the
 * alignment with thousands of "." segments.
 */
final class DotLeaders {
    /** Four or more dots (spaced or not), then maybe a page number, at the end of a line. */
    private static final Pattern LEADER = Pattern.compile("\\s*(?:\\.\\s*){4,}(?:[0-9]+|[ivxlcdm]+)?\\s*$");

    private DotLeaders() {
    }

    static String strip(String line) {
        // cheap test first: most lines do not end in a leader
        if (line.indexOf("...") < 0 && line.indexOf(". . .") < 0) {
            return line;
        }
        return LEADER.matcher(line).replaceFirst("");
    }

    static List<String> strip(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(strip(line));
        }
        return out;
    }
}
