package org.visavis.termbench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.Finding;
import org.visavis.checks.TermInconsistencyCheck;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.project.ProjectStore;
import org.visavis.terms.FindingFeatures;
import org.visavis.terms.RenderingDiscovery;

/**
 * Writes one row per term finding of the unplanted pairs (labelled by the judged lists: real,
 * false or unjudged) and per case bench-terms plants (same seed, same cases: the most confident
 * finding about it at any confidence, or none), with the {@link FindingFeatures.Features} of
 * the finding, for fitting and checking the confidence. Not a test: a tool that writes a TSV.
 *
 * <pre>
 * java -cp visavis-app/target/classes:$(cat visavis-app/target/classpath.txt):visavis-app/target/test-classes \
 *     org.visavis.termbench.FindingFeatureTable /tmp/features.tsv /tmp/demo /tmp/handbook-packaging
 * </pre>
 */
public final class FindingFeatureTable {

    private FindingFeatureTable() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path judgedDir = Path.of(System.getProperty("judged", "visavis-app/src/test/resources/org/visavis/termbench"));
        TermBenchmark.Settings settings = TermBenchmark.Settings.DEFAULT;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println(String.join("\t", "pair", "label", "found", "confidence", "kind", "evidence", "alignment",
                    "usual_beads", "usual_share", "beads", "term_deviations", "other_renderings", "phrase", "reverse",
                    "shares_usual_word", "shorter", "pairing", "source_words", "general_term", "rendering_spread",
                    "term_spread", "substitute_beads", "substitute_with_term", "context_usual", "context_other", "what"));
            for (int i = 1; i < args.length; i++) {
                Path path = Path.of(args[i]);
                String name = path.getFileName().toString();
                Alignment alignment = new ProjectStore().load(path).alignment();
                Tagger st = LanguageKnowledge.tagger(alignment.source().language());
                Tagger tt = LanguageKnowledge.tagger(alignment.target().language());
                TermInconsistencyCheck check = new TermInconsistencyCheck(st, tt, RenderingDiscovery.Options.DEFAULT);
                Path judgedFile = judgedDir.resolve("judged-findings-" + name + ".tsv");
                Map<String, JudgedFindings.Judgement> verdicts = Files.isRegularFile(judgedFile)
                        ? JudgedFindings.read(judgedFile).judgements() : Map.of();
                for (FindingFeatures.Described s : FindingFeatures.of(check, alignment)) {
                    JudgedFindings.Judgement j = verdicts.get(s.finding().key());
                    String label = j == null ? "unjudged" : j.real() ? "real" : "false";
                    w.println(row(name, label, s.finding().confidence() >= CheckOptions.DEFAULT_MIN_CONFIDENCE,
                            s, s.finding().key().replace('\t', '|')));
                }
                w.flush();
                if (System.getProperty("planted", "1").equals("1")) {
                    planted(w, name, alignment, st, tt, check, settings);
                }
                System.err.println(name + " done");
            }
        }
    }

    private static void planted(PrintWriter w, String name, Alignment alignment, Tagger st, Tagger tt,
                                TermInconsistencyCheck check, TermBenchmark.Settings settings) {
        DeviationPlanter planter = TermDiagnosis.planter(name, alignment, st, tt, settings);
        FindingMatch match = new FindingMatch(st, tt);
        Set<String> used = new HashSet<>();
        int cases = 0;
        for (int round = 1; round <= settings.rounds() && cases < settings.cases(); round++) {
            PlantedRound planted = planter.plant(name, round, settings.cases() - cases, used);
            if (planted.cases().isEmpty()) {
                break;
            }
            List<FindingFeatures.Described> all = FindingFeatures.of(check, planted.alignment());
            List<Finding> shown = all.stream().map(FindingFeatures.Described::finding)
                    .filter(f -> f.confidence() >= CheckOptions.DEFAULT_MIN_CONFIDENCE).toList();
            for (PlantedCase c : planted.cases()) {
                cases++;
                Optional<FindingFeatures.Described> best = all.stream()
                        .filter(s -> match.concerns(s.finding(), c) && s.finding().beads().stream().anyMatch(c.beads()::contains))
                        .max(Comparator.comparingDouble(s -> s.finding().confidence()));
                String what = c.kind() + "|" + c.term().sourceKey() + "|" + c.term().renderingForm() + "|" + c.planted()
                        + "|" + c.beads();
                if (best.isEmpty()) {
                    w.println(name + "\tplanted-none\tfalse" + "\t".repeat(23) + what);
                } else {
                    w.println(row(name, "planted", match.found(c, shown), best.get(), what));
                }
            }
            w.flush();
        }
    }

    private static String row(String pair, String label, boolean found, FindingFeatures.Described s, String what) {
        FindingFeatures.Features f = s.features();
        return String.format(Locale.ROOT,
                "%s\t%s\t%b\t%.3f\t%s\t%.3f\t%.3f\t%d\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%d\t%d\t%.5f\t%.5f\t%d\t%.3f\t%.4f\t%.4f\t%s",
                pair, label, found, s.finding().confidence(), f.kind(), f.evidence(), f.alignment(), f.usualBeads(),
                f.usualShare(), f.beads(), f.termDeviations(), f.otherRenderings(), f.phrase() ? 1 : 0,
                f.reverse() ? 1 : 0, f.sharesUsualWord() ? 1 : 0, f.shorter() ? 1 : 0, f.pairing(), f.sourceWords(),
                f.generalTerm() ? 1 : 0, f.renderingSpread(), f.termSpread(), f.substituteBeads(),
                f.substituteWithTerm(), f.contextUsual(), f.contextOther(), what);
    }
}
