package org.visavis.termbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.checks.TermInconsistencyCheck;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.project.ProjectStore;
import org.visavis.terms.BilingualUnit;
import org.visavis.terms.RenderingDiscovery;

/**
 * Prints what term discovery decided about the given beads of a project (bead numbers as the
 * reports and the editor show them, from 1): each term met there and why it raised nothing or
 * what. Not a test: a diagnosis for a miss found by hand.
 *
 * <pre>
 * java -cp target/visavis.jar:visavis-app/target/test-classes org.visavis.termbench.BeadTrace alignments/book 41 127
 * </pre>
 */
public final class BeadTrace {

    private BeadTrace() {
    }

    public static void main(String[] args) {
        Alignment alignment = new ProjectStore().load(Path.of(args[0])).alignment();
        Set<Integer> wanted = new TreeSet<>();
        for (int i = 1; i < args.length; i++) {
            wanted.add(Integer.parseInt(args[i]) - 1);
        }
        Tagger st = LanguageKnowledge.tagger(alignment.source().language());
        Tagger tt = LanguageKnowledge.tagger(alignment.target().language());
        List<BilingualUnit> units = TermInconsistencyCheck.units(alignment);
        List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
        new RenderingDiscovery(st, tt, RenderingDiscovery.Options.DEFAULT)
                .traced((u, t, w) -> {
                    if (wanted.contains(u)) {
                        notes.add((u + 1) + "\t" + t + "\t" + w);
                    }
                }).discover(units);
        notes.stream().sorted().forEach(System.out::println);
    }
}
