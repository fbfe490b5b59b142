package org.visavis.termbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.visavis.checks.TermInconsistencyCheck;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.pipeline.Progress;
import org.visavis.project.ProjectStore;
import org.visavis.terms.BilingualUnit;
import org.visavis.terms.RenderingDiscovery;

/**
 * Prints, for each case bench-terms plants (same seed, same cases), what term discovery decided
 * about the planted beads ({@link RenderingDiscovery.Trace}) and the most confident finding about
 * the case at any confidence; then, for the unplanted text, what it decided about each reported
 * finding's beads. Not a test: a diagnosis to read.
 *
 * <pre>
 * java -cp visavis-app/target/classes:$(cat visavis-app/target/classpath.txt):visavis-app/target/test-classes \
 *     org.visavis.termbench.TermDiagnosis /tmp/demo /tmp/handbook-packaging
 * </pre>
 */
public final class TermDiagnosis {

    private TermDiagnosis() {
    }

    private record Note(int unit, String term, String what) {
    }

    public static void main(String[] args) {
        TermBenchmark.Settings settings = TermBenchmark.Settings.DEFAULT;
        for (String dir : args) {
            Path path = Path.of(dir);
            String name = path.getFileName().toString();
            Alignment alignment = new ProjectStore().load(path).alignment();
            Tagger st = LanguageKnowledge.tagger(alignment.source().language());
            Tagger tt = LanguageKnowledge.tagger(alignment.target().language());
            DeviationPlanter planter = planter(name, alignment, st, tt, settings);
            FindingMatch match = new FindingMatch(st, tt);
            Set<String> used = new HashSet<>();
            int cases = 0;
            int found = 0;
            for (int round = 1; System.getProperty("planted", "1").equals("1") && round <= settings.rounds()
                    && cases < settings.cases(); round++) {
                PlantedRound planted = planter.plant(name, round, settings.cases() - cases, used);
                if (planted.cases().isEmpty()) {
                    break;
                }
                List<Note> notes = notes(planted.alignment(), st, tt);
                List<Finding> all = findings(planted.alignment(), 0);
                for (PlantedCase c : planted.cases()) {
                    cases++;
                    Optional<Finding> best = all.stream().filter(f -> match.concerns(f, c)
                                    && f.beads().stream().anyMatch(c.beads()::contains))
                            .max(java.util.Comparator.comparingDouble(Finding::confidence));
                    boolean ok = match.found(c, all.stream().filter(f -> f.confidence() >= CheckOptions.DEFAULT_MIN_CONFIDENCE
                            || !f.check().startsWith("term-inc") && !f.check().startsWith("alignment")).toList());
                    found += ok ? 1 : 0;
                    System.out.printf(Locale.ROOT, "%n%s %s r%d %s %s: '%s' -> '%s' planted '%s' beads %s (%d rendered of %d)%n",
                            ok ? "FOUND" : "MISSED", name, c.round(), c.kind(), c.words(), c.term().sourceKey(),
                            c.term().renderingForm(), c.planted(), c.beads(), c.term().renderedBeads().size(),
                            c.term().sourceBeads());
                    for (int i = 0; i < c.beads().size(); i++) {
                        System.out.println("   source: " + planted.alignment().sourceText(
                                planted.alignment().beads().get(c.beads().get(i))));
                        System.out.println("   after: " + c.after().get(i));
                    }
                    best.ifPresent(f -> System.out.printf(Locale.ROOT, "   best finding %.2f %s %s: %s%n", f.confidence(),
                            f.check(), f.beads(), f.message()));
                    for (Note n : notes) {
                        // -Dall=1: the notes of every bead of the term, not only of the planted ones
                        if ((c.beads().contains(n.unit()) || !ok && System.getProperty("all") != null)
                                && related(n.term(), c.term().sourceKey())) {
                            System.out.print(c.beads().contains(n.unit()) ? "" : "     (" + n.unit() + ")");
                            System.out.println("   [" + n.term() + "] " + n.what());
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d/%d found%n", name, found, cases);
            if (System.getProperty("unplanted") != null) {
                System.out.println("UNPLANTED " + name);
                List<Note> notes = notes(alignment, st, tt);
                Path judgedFile = Path.of(System.getProperty("judged",
                        "visavis-app/src/test/resources/org/visavis/termbench")).resolve("judged-findings-" + name + ".tsv");
                java.util.Map<String, JudgedFindings.Judgement> verdicts = java.nio.file.Files.isRegularFile(judgedFile)
                        ? JudgedFindings.read(judgedFile).judgements() : java.util.Map.of();
                String traced = System.getProperty("term");
                if (traced != null) {
                    for (Note n : notes) {
                        if (n.term().contains(traced)) {
                            System.out.println("TRACE " + (n.unit() + 1) + " [" + n.term() + "] " + n.what());
                        }
                    }
                }
                double min = Double.parseDouble(System.getProperty("min", String.valueOf(CheckOptions.DEFAULT_MIN_CONFIDENCE)));
                for (Finding f : findings(alignment, min)) {
                    JudgedFindings.Judgement j = verdicts.get(f.key());
                    System.out.printf(Locale.ROOT, "%nFINDING %s %.2f %s %s: %s%n   %s%n",
                            j == null ? "UNJUDGED" : j.real() ? "REAL" : "FALSE", f.confidence(), f.beads(),
                            f.key().replace('\t', '|'), f.message(), f.reason());
                    if (j != null) {
                        System.out.println("   judged: " + j.reason());
                    }
                    for (Note n : notes) {
                        if (f.beads().contains(n.unit()) && n.what().startsWith("deviation")) {
                            System.out.println("   [" + n.term() + "] " + n.what());
                        }
                    }
                    for (int b : f.beads()) {
                        Bead bead = alignment.beads().get(b);
                        System.out.println("   S: " + alignment.sourceText(bead));
                        System.out.println("   T: " + alignment.targetText(bead));
                    }
                }
            }
        }
    }

    /** The planter bench-terms uses for the pair {@code name}: the same seed plants the same cases. */
    static DeviationPlanter planter(String name, Alignment alignment, Tagger st, Tagger tt,
                                    TermBenchmark.Settings settings) {
        LexiconSupport lexicon = BilingualLexicon.forPair(alignment.source().language(),
                alignment.target().language()).map(LexiconSupport::new).orElseGet(LexiconSupport::empty);
        BenchCorpus corpus = new BenchCorpus(alignment, st, tt);
        List<TermRendering> renderings = new DominantRenderings(settings.minBeads(), 0.6).find(corpus, lexicon);
        GeneralWordLists general = new GeneralWordLists(alignment.source().language(), alignment.target().language());
        return new DeviationPlanter(corpus, lexicon, renderings, general, new Random(settings.seed() ^ name.hashCode()));
    }

    private static boolean related(String a, String b) {
        return DeviationPlanter.contains(a, b) || DeviationPlanter.contains(b, a)
                || List.of(a.split(" ")).stream().anyMatch(List.of(b.split(" "))::contains);
    }

    private static List<Note> notes(Alignment alignment, Tagger st, Tagger tt) {
        List<BilingualUnit> units = TermInconsistencyCheck.units(alignment);
        List<Note> notes = java.util.Collections.synchronizedList(new ArrayList<>());
        new RenderingDiscovery(st, tt, RenderingDiscovery.Options.DEFAULT)
                .traced((u, t, w) -> notes.add(new Note(u, t, w))).discover(units);
        return notes;
    }

    private static List<Finding> findings(Alignment alignment, double min) {
        Set<String> termChecks = new HashSet<>();
        for (String id : CheckOptions.ALL_CHECKS) {
            if (FindingMatch.isTermCheck(id)) {
                termChecks.add(id);
            }
        }
        CheckOptions options = CheckOptions.defaults().withChecks(termChecks).withLanguageToolCategories(Set.of())
                .withMinConfidence(min);
        return CheckSuite.run(alignment, options, IgnoredFindings.NONE, Progress.SILENT).stream()
                .filter(FindingMatch::isTermFinding).toList();
    }
}
