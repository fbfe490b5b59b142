package org.visavis.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.model.Side;

/**
 * One problem a check found: the check's id, a severity, what it is about ({@code subject}: the
 * term, the sentence, the word), a one-line message, the bead indexes to look at ({@code beads};
 * for a term, only the deviating ones), the other beads concerned ({@code contextBeads}: those that
 * follow the usual rendering), and, for checks that compare renderings, each rendering with its
 * beads. {@code highlights} are the words a report should mark; {@code context} is the sentence a
 * per-sentence finding is about ("" for findings over the whole text), which keeps its key stable.
 * {@code reason} says why the check raised it, {@code confidence} (0..1) how sure it is. Bead
 * indexes are 0-based here; reports show them as the editor does (see {@link BeadNumbers}). When a
 * check runs on one document, bead indexes are sentence indexes.
 *
 * <pre>{@code
 * Finding.builder("term-inconsistency").severity(Severity.WARNING).subject("luttes revendicatives")
 *     .message("“luttes revendicatives” is rendered “wage struggles” in 1 bead of 3")
 *     .beads(List.of(77)).contextBeads(List.of(12, 40))
 *     .renderings(Map.of("struggles over immediate demands", List.of(12, 40), "wage struggles", List.of(77)))
 *     .highlights(Set.of("luttes revendicatives", "wage struggles"))
 *     .reason("2 of 3 beads render it “struggles over immediate demands”").confidence(0.8).build();
 * }</pre>
 */
public record Finding(String check, Severity severity, Side side, String subject, String context, String message,
                      List<Integer> beads, List<Integer> contextBeads, Map<String, List<Integer>> renderings,
                      Set<String> highlights, String reason, double confidence) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        beads = List.copyOf(new TreeSet<>(beads));
        TreeSet<Integer> others = new TreeSet<>(contextBeads);
        others.removeAll(beads);
        contextBeads = List.copyOf(others);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        renderings.forEach((k, v) -> copy.put(k, List.copyOf(new TreeSet<>(v))));
        renderings = Collections.unmodifiableMap(copy);
        highlights = Set.copyOf(highlights);
    }

    /** A finding of the given check, its parts named one by one; see the class example. */
    public static Builder builder(String check) {
        return new Builder(check);
    }

    /** A builder holding this finding's parts, to change some of them. */
    public Builder toBuilder() {
        return builder(check).severity(severity).side(side).subject(subject).context(context).message(message)
                .beads(beads).contextBeads(contextBeads).renderings(renderings).highlights(highlights).reason(reason)
                .confidence(confidence);
    }

    /** Every bead the finding concerns: the ones to look at and the context ones, in order. */
    public List<Integer> allBeads() {
        TreeSet<Integer> all = new TreeSet<>(beads);
        all.addAll(contextBeads);
        return List.copyOf(all);
    }

    /**
     * A key that names this finding across runs and re-alignments (bead indexes change, texts do
     * not): the check, the side, the subject, the context and the renderings. Saved in
     * {@code ignored-findings.txt} when a person dismisses the finding.
     */
    public String key() {
        List<String> parts = new ArrayList<>();
        parts.add(check);
        parts.add(side.name().toLowerCase(Locale.ROOT));
        parts.add(subject);
        parts.add(context.strip().replaceAll("\\s+", " "));
        parts.addAll(new TreeSet<>(renderings.keySet()));
        return String.join("\t", parts.stream().map(p -> p.replace('\t', ' ').replace('\n', ' ')).toList());
    }

    /**
     * The parts of a finding named one by one. Check, severity, subject and message are needed;
     * the side defaults to the source, the context and reason to "", the lists to empty, the
     * confidence to 1.
     */
    public static final class Builder {
        private final String check;
        private Severity severity;
        private Side side = Side.SOURCE;
        private String subject;
        private String context = "";
        private String message;
        private List<Integer> beads = List.of();
        private List<Integer> contextBeads = List.of();
        private Map<String, List<Integer>> renderings = Map.of();
        private Set<String> highlights = Set.of();
        private String reason = "";
        private double confidence = 1.0;

        private Builder(String check) {
            this.check = check;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder beads(List<Integer> beads) {
            this.beads = beads;
            return this;
        }

        public Builder contextBeads(List<Integer> contextBeads) {
            this.contextBeads = contextBeads;
            return this;
        }

        public Builder renderings(Map<String, List<Integer>> renderings) {
            this.renderings = renderings;
            return this;
        }

        public Builder highlights(Set<String> highlights) {
            this.highlights = highlights;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        public Finding build() {
            return new Finding(check, severity, side, subject, context, message, beads, contextBeads, renderings,
                    highlights, reason, confidence);
        }
    }
}
