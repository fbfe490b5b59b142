package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings as CSV (RFC 4180), one a line: check, severity, subject, beads (space-separated),
 * renderings ({@code rendering: beads | ...}), message.
 */
public final class CsvFindingsReport implements FindingsReport {

    @Override
    public void write(List<Finding> findings, CheckedText text, Writer out) throws IOException {
        out.write("check,severity,subject,beads,renderings,message\r\n");
        for (Finding f : findings) {
            List<String> renderings = new ArrayList<>();
            f.renderings().forEach((k, v) -> renderings.add(k + ": " + join(v)));
            out.write(String.join(",", List.of(cell(f.check()), cell(f.severity().word()), cell(f.subject()),
                    cell(join(f.beads())), cell(String.join(" | ", renderings)), cell(f.message()))));
            out.write("\r\n");
        }
        out.flush();
    }

    private static String join(List<Integer> beads) {
        return String.join(" ", beads.stream().map(String::valueOf).toList());
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
