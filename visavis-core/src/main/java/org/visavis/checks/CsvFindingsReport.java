package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Findings as CSV (RFC 4180), one a line: check, severity, subject, beads to look at and context
 * beads (space-separated, numbered from 1 as in the editor), renderings ({@code rendering (count): beads |
 * ...}), confidence, reason, message, and the text of the beads to look at ({@code 12: source ⇒
 * target | ...}; a single document: the sentences).
 */
public final class CsvFindingsReport implements FindingsReport {

    @Override
    public void write(List<Finding> findings, CheckedText text, Writer out) throws IOException {
        out.write("check,severity,subject,beads,context_beads,renderings,confidence,reason,message,occurrences\r\n");
        for (Finding f : findings) {
            List<String> renderings = new ArrayList<>();
            f.renderings().forEach((k, v) -> renderings.add(k + " (" + v.size() + "): " + join(v)));
            List<String> occurrences = new ArrayList<>();
            for (int b : f.beads()) {
                if (b >= 0 && b < text.size()) {
                    occurrences.add(BeadNumbers.shown(b) + ": " + text.source(b).map(s -> s + " ⇒ ").orElse("")
                            + text.target(b));
                }
            }
            out.write(String.join(",", List.of(cell(f.check()), cell(f.severity().word()), cell(f.subject()),
                    cell(join(f.beads())), cell(join(f.contextBeads())), cell(String.join(" | ", renderings)),
                    String.format(Locale.ROOT, "%.2f", f.confidence()), cell(f.reason()), cell(f.message()),
                    cell(String.join(" | ", occurrences)))));
            out.write("\r\n");
        }
        out.flush();
    }

    private static String join(List<Integer> beads) {
        return String.join(" ", beads.stream().map(b -> String.valueOf(BeadNumbers.shown(b))).toList());
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
