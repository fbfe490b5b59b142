package org.visavis.termbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.pipeline.Progress;
import org.visavis.project.ProjectStore;
import org.visavis.terms.BilingualUnit;
import org.visavis.terms.RenderingDiscovery;

/**
 * Prints, for each term finding of the unplanted pairs at or above {@code -Dmin} (default 0.3),
 * its verdict in the judged list, its confidence and the sense and spotting-strength signals
 * discovery noted for its beads ({@code signals for ...} trace notes), one tab-separated line each:
 * the data to see whether the signals tell real findings from false ones. Not a test: a diagnosis.
 *
 * <pre>
 * java -cp visavis-app/target/classes:$(cat visavis-app/target/classpath.txt):visavis-app/target/test-classes \
 *     org.visavis.termbench.SignalDiagnosis /tmp/demo /tmp/install-guide
 * </pre>
 */
public final class SignalDiagnosis {

    private SignalDiagnosis() {
    }

    private record Note(int unit, String term, String what) {
    }

    public static void main(String[] args) throws Exception {
        double min = Double.parseDouble(System.getProperty("min", "0.3"));
        for (String dir : args) {
            Path path = Path.of(dir);
            String name = path.getFileName().toString();
            Alignment alignment = new ProjectStore().load(path).alignment();
            Tagger st = LanguageKnowledge.tagger(alignment.source().language());
            Tagger tt = LanguageKnowledge.tagger(alignment.target().language());
            Path judgedFile = Path.of(System.getProperty("judged",
                    "visavis-app/src/test/resources/org/visavis/termbench")).resolve("judged-findings-" + name + ".tsv");
            Map<String, JudgedFindings.Judgement> verdicts = Files.isRegularFile(judgedFile)
                    ? JudgedFindings.read(judgedFile).judgements() : Map.of();
            List<Note> notes = notes(alignment, st, tt);
            for (Finding f : findings(alignment, min)) {
                JudgedFindings.Judgement j = verdicts.get(f.key());
                String verdict = j == null ? "unjudged" : j.real() ? "real" : "false";
                Set<String> renderings = new HashSet<>();
                f.renderings().keySet().forEach(r -> renderings.add(r.toLowerCase(Locale.ROOT)));
                List<String> signals = new ArrayList<>();
                for (Note n : notes) {
                    if (f.beads().contains(n.unit()) && n.what().startsWith("signals for '")) {
                        String r = n.what().substring("signals for '".length(), n.what().indexOf("':"));
                        if (renderings.contains(r.toLowerCase(Locale.ROOT)) || r.isEmpty()) {
                            signals.add((n.unit() + 1) + " [" + n.term() + "] " + n.what());
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%s\t%s%n", name, verdict, f.confidence(),
                        f.key().replace('\t', '|'), String.join(" || ", signals), j == null ? "" : j.reason());
            }
        }
    }

    private static List<Note> notes(Alignment alignment, Tagger st, Tagger tt) {
        List<BilingualUnit> units = new ArrayList<>();
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (!bead.isOneSided()) {
                units.add(new BilingualUnit(b, alignment.sourceText(bead), alignment.targetText(bead),
                        bead.isConfirmed() ? 1.0 : bead.confidence()));
            }
        }
        List<Note> notes = Collections.synchronizedList(new ArrayList<>());
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
