package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.model.Side;

/**
 * A readable HTML report: findings grouped by check, each with its message, why it was raised
 * and how sure it is, then the beads to look at side by side, the term and its renderings
 * highlighted, and the consistent beads apart below them. Beads are numbered as in the editor.
 */
public final class HtmlFindingsReport implements FindingsReport {
    private static final int MAX_BEADS_SHOWN = 30;

    @Override
    public void write(List<Finding> findings, CheckedText text, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>visavis check: ")
                .append(escape(text.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}th{background:#eee}")
                .append("td.n{width:3em;text-align:right;color:#666}mark{background:#ffe066}")
                .append(".error{color:#b00}.warning{color:#a60}.info{color:#06a}.finding{margin:1.5em 0}")
                .append(".reason{color:#555;font-size:90%}tr.context td{color:#666}td.apart{background:#f6f6f6;font-size:90%}")
                .append("</style></head><body>\n<h1>visavis check</h1>\n<p>").append(escape(text.title()))
                .append(": ").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append("</p>\n");
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Finding f : findings) {
            byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(f);
        }
        List<String> order = new ArrayList<>(byCheck.keySet());
        order.sort(Comparator.comparingInt(CheckOptions.ALL_CHECKS::indexOf));
        sb.append("<ul>");
        for (String check : order) {
            sb.append("<li><a href=\"#").append(check).append("\">").append(check).append("</a> (")
                    .append(byCheck.get(check).size()).append(")</li>");
        }
        sb.append("</ul>\n");
        FindingMarks marks = FindingMarks.of(text.language(Side.SOURCE), text.language(Side.TARGET));
        for (String check : order) {
            sb.append("<h2 id=\"").append(check).append("\">").append(check).append("</h2>\n");
            for (Finding f : byCheck.get(check)) {
                appendFinding(sb, f, text, marks);
            }
        }
        sb.append("</body></html>\n");
        out.write(sb.toString());
        out.flush();
    }

    private static void appendFinding(StringBuilder sb, Finding f, CheckedText text, FindingMarks marks) {
        sb.append("<div class=\"finding\"><p><span class=\"").append(f.severity().word()).append("\">")
                .append(f.severity().word()).append("</span> ").append(escape(f.message())).append("</p>\n");
        if (!f.reason().isEmpty()) {
            sb.append("<p class=\"reason\">Why: ").append(escape(f.reason()))
                    .append(String.format(java.util.Locale.ROOT, " · confidence %.2f", f.confidence())).append("</p>\n");
        }
        if (f.renderings().size() > 1) {
            List<String> counts = new ArrayList<>();
            f.renderings().forEach((r, beads) -> counts.add("“" + escape(r) + "” " + beads.size()));
            sb.append("<p class=\"reason\">Renderings: ").append(String.join(", ", counts)).append("</p>\n");
        }
        List<Integer> all = f.allBeads();
        boolean bilingual = !all.isEmpty() && all.get(0) < text.size() && text.source(all.get(0)).isPresent();
        sb.append("<table><tr><th>#</th>");
        if (!f.renderings().isEmpty()) {
            sb.append("<th>rendering</th>");
        }
        sb.append(bilingual ? "<th>source</th><th>target</th>" : "<th>text</th>").append("</tr>\n");
        appendRows(sb, f, text, marks, f.beads(), bilingual, "look");
        if (!f.contextBeads().isEmpty()) {
            int columns = 2 + (f.renderings().isEmpty() ? 0 : 1) + (bilingual ? 1 : 0);
            sb.append("<tr><td class=\"apart\" colspan=\"").append(columns).append("\">consistent beads, for comparison (")
                    .append(f.contextBeads().size()).append(")</td></tr>\n");
            appendRows(sb, f, text, marks, f.contextBeads(), bilingual, "context");
        }
        sb.append("</table></div>\n");
    }

    /** A row per bead, numbered as in the editor; at most {@value #MAX_BEADS_SHOWN}. */
    private static void appendRows(StringBuilder sb, Finding f, CheckedText text, FindingMarks marks, List<Integer> beads,
                                   boolean bilingual, String rowClass) {
        List<String> words = FindingMarks.words(f);
        int shown = 0;
        for (int b : beads) {
            if (b >= text.size()) {
                continue;
            }
            if (shown++ == MAX_BEADS_SHOWN) {
                sb.append("<tr class=\"").append(rowClass).append("\"><td colspan=\"4\">… and ")
                        .append(beads.size() - MAX_BEADS_SHOWN).append(" more</td></tr>\n");
                break;
            }
            sb.append("<tr class=\"").append(rowClass).append("\"><td class=\"n\">").append(BeadNumbers.shown(b))
                    .append("</td>");
            if (!f.renderings().isEmpty()) {
                String rendering = f.renderings().entrySet().stream().filter(e -> e.getValue().contains(b))
                        .map(Map.Entry::getKey).findFirst().orElse("");
                sb.append("<td>").append(escape(rendering)).append("</td>");
            }
            if (bilingual) {
                String source = text.source(b).orElse("");
                sb.append("<td>").append(marked(source, marks.find(words, Side.SOURCE, source))).append("</td>");
            }
            String target = text.target(b);
            sb.append("<td>").append(marked(target, marks.find(words, Side.TARGET, target))).append("</td></tr>\n");
        }
    }

    /** Escapes the text and marks every highlight as written (whole words, any case). */
    static String highlight(String s, Set<String> highlights) {
        return marked(s, FindingMarks.asWritten().find(List.copyOf(highlights), Side.TARGET, s));
    }

    /** Escapes the text and marks the spans. */
    private static String marked(String s, List<FindingMarks.Span> spans) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (FindingMarks.Span m : spans) {
            out.append(escape(s.substring(last, m.start()))).append("<mark>").append(escape(s.substring(m.start(), m.end())))
                    .append("</mark>");
            last = m.end();
        }
        return out.append(escape(s.substring(last))).toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
