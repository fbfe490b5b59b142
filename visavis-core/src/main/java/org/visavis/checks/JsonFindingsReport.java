package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.visavis.model.Side;

/**
 * Findings as JSON, the shape of DESIGN.md:
 * {@code {"findings":[{"check":"term-inconsistency","severity":"warning","subject":"luttes
 * revendicatives","source_term":"luttes revendicatives","side":"source","renderings":{"struggles
 * over immediate demands":[12,40],"wage struggles":[77]},"rendering_counts":{"struggles over
 * immediate demands":2,"wage struggles":1},"beads":[77],"context_beads":[12,40],
 * "occurrences":[{"bead":77,"source":"…","target":"…"}],"reason":"…","confidence":0.81,
 * "message":"…","key":"…"}],"counts":{"term-inconsistency":1}}}. Bead numbers are the editor's,
 * from 1; {@code beads} are those to look at, {@code context_beads} the others concerned; a
 * one-language check gives {@code {"sentence": i, "text": "…"}} occurrences. Term checks also
 * name their subject {@code source_term} or {@code target_term}.
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
            sb.append(",\"subject\":").append(string(f.subject()));
            if (f.check().startsWith("term-")) {
                sb.append(",\"").append(f.side() == Side.SOURCE ? "source_term" : "target_term").append("\":")
                        .append(string(f.subject()));
            }
            sb.append(",\"side\":").append(string(f.side().name().toLowerCase(java.util.Locale.ROOT)));
            if (!f.renderings().isEmpty()) {
                sb.append(",\"renderings\":{");
                boolean first = true;
                for (var r : f.renderings().entrySet()) {
                    sb.append(first ? "" : ",").append(string(r.getKey())).append(':').append(numbers(r.getValue()));
                    first = false;
                }
                sb.append('}');
                sb.append(",\"rendering_counts\":{");
                first = true;
                for (var r : f.renderings().entrySet()) {
                    sb.append(first ? "" : ",").append(string(r.getKey())).append(':').append(r.getValue().size());
                    first = false;
                }
                sb.append('}');
            }
            sb.append(",\"beads\":").append(numbers(f.beads()));
            sb.append(",\"context_beads\":").append(numbers(f.contextBeads()));
            sb.append(",\"occurrences\":").append(occurrences(f, text));
            sb.append(",\"reason\":").append(string(f.reason()));
            sb.append(",\"confidence\":").append(String.format(java.util.Locale.ROOT, "%.2f", f.confidence()));
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

    /** The text of each bead to look at: source and target, or a single document's sentence. */
    private static String occurrences(Finding f, CheckedText text) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (int b : f.beads()) {
            if (b < 0 || b >= text.size()) {
                continue;
            }
            sb.append(first ? "" : ",");
            first = false;
            var source = text.source(b);
            if (source.isPresent()) {
                sb.append("{\"bead\":").append(BeadNumbers.shown(b)).append(",\"source\":").append(string(source.get()))
                        .append(",\"target\":").append(string(text.target(b))).append('}');
            } else {
                sb.append("{\"sentence\":").append(BeadNumbers.shown(b)).append(",\"text\":")
                        .append(string(text.target(b))).append('}');
            }
        }
        return sb.append(']').toString();
    }

    /** Bead (or sentence) numbers as the editor shows them, from 1. */
    private static String numbers(List<Integer> list) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(BeadNumbers.shown(list.get(i)));
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
