package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One problem a check found: the check's id, a severity, what it is about ({@code subject}: the
 * term, the sentence, the word), a one-line message, the bead indexes concerned, and, for checks
 * that compare renderings, each rendering with its beads. {@code highlights} are the words of the
 * beads a report should mark; {@code context} is the sentence a per-sentence finding is about ("" for
 * findings over the whole text), which keeps its key stable. When a check runs on one document, bead indexes are sentence
 * indexes.
 *
 * <pre>{@code
 * new Finding("term-inconsistency", Severity.WARNING, Side.SOURCE, "luttes revendicatives", "",
 *     "“luttes revendicatives” is rendered 2 ways", List.of(12, 40, 77),
 *     Map.of("struggles over immediate demands", List.of(12, 40), "wage struggles", List.of(77)),
 *     Set.of("luttes revendicatives", "wage struggles"));
 * }</pre>
 */
public record Finding(String check, Severity severity, Side side, String subject, String context, String message,
                      List<Integer> beads, Map<String, List<Integer>> renderings, Set<String> highlights) {

    /** Which text the subject is taken from. */
    public enum Side {
        SOURCE,
        TARGET
    }

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(message, "message");
        beads = List.copyOf(new TreeSet<>(beads));
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        renderings.forEach((k, v) -> copy.put(k, List.copyOf(new TreeSet<>(v))));
        renderings = java.util.Collections.unmodifiableMap(copy);
        highlights = Set.copyOf(highlights);
    }

    /** A finding about one sentence or bead, without renderings to compare. */
    public static Finding of(String check, Severity severity, Side side, String subject, String context,
                             String message, List<Integer> beads, Set<String> highlights) {
        return new Finding(check, severity, side, subject, context, message, beads, Map.of(), highlights);
    }

    /**
     * A key that names this finding across runs and re-alignments (bead indexes change, texts do
     * not): the check, the side, the subject, the context and the renderings. Saved in
     * {@code ignored-findings.txt} when a person dismisses the finding.
     */
    public String key() {
        List<String> parts = new ArrayList<>();
        parts.add(check);
        parts.add(side.name().toLowerCase(java.util.Locale.ROOT));
        parts.add(subject);
        parts.add(context.strip().replaceAll("\\s+", " "));
        parts.addAll(new TreeSet<>(renderings.keySet()));
        return String.join("\t", parts.stream().map(p -> p.replace('\t', ' ').replace('\n', ' ')).toList());
    }
}
