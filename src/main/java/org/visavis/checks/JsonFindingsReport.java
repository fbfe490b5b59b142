package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings as JSON, the shape of DESIGN.md:
 * {@code {"findings":[{"check":"term-inconsistency","severity":"warning","source_term":"luttes
 * revendicatives","renderings":{"struggles over immediate demands":[12,40],"wage struggles":[77]},
 * "beads":[12,40,77],"message":"…","key":"…"}],"counts":{"term-inconsistency":1}}}. Term checks
 * name their subject {@code source_term} or {@code target_term}, the others {@code subject}.
 */
public final class JsonFindingsReport implements FindingsReport {

    @Override
    public void write(List<Finding> findings, CheckedText text, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder("{\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("{\"check\":").append(string(f.check()));
            sb.append(",\"severity\":").append(string(f.severity().word()));
            String subjectName = f.check().startsWith("term-")
                    ? (f.side() == Finding.Side.SOURCE ? "source_term" : "target_term") : "subject";
            sb.append(",\"").append(subjectName).append("\":").append(string(f.subject()));
            if (!f.renderings().isEmpty()) {
                sb.append(",\"renderings\":{");
                boolean first = true;
                for (var r : f.renderings().entrySet()) {
                    sb.append(first ? "" : ",").append(string(r.getKey())).append(':').append(numbers(r.getValue()));
                    first = false;
                }
                sb.append('}');
            }
            sb.append(",\"beads\":").append(numbers(f.beads()));
            sb.append(",\"message\":").append(string(f.message()));
            sb.append(",\"key\":").append(string(f.key()));
            sb.append('}');
        }
        sb.append("\n],\"counts\":{");
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.check(), 1, Integer::sum));
        boolean first = true;
        for (var c : counts.entrySet()) {
            sb.append(first ? "" : ",").append(string(c.getKey())).append(':').append(c.getValue());
            first = false;
        }
        sb.append("}}\n");
        out.write(sb.toString());
        out.flush();
    }

    private static String numbers(List<Integer> list) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(list.get(i));
        }
        return sb.append(']').toString();
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
