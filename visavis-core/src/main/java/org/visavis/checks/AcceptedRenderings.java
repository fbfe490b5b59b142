package org.visavis.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.model.Side;
import org.visavis.project.AtomicFiles;
import org.visavis.project.ProjectException;
import org.visavis.terms.CitationForm;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.Term;

/**
 * Renderings a person accepted as legitimate variants of a term, saved with the project as
 * {@code accepted-renderings.txt} (side, term, rendering; tab-separated, one a line). Applied to
 * the findings of {@code term-inconsistency}: an accepted rendering no longer counts as a
 * deviation, and a finding left with one rendering, or with no deviating bead, goes. Unlike
 * ignoring a finding, accepting survives new deviations: a third rendering found later is
 * still reported, without the accepted one.
 *
 * <pre>{@code
 * AcceptedRenderings accepted = AcceptedRenderings.load(folder).with(finding, "open source software");
 * accepted.save(folder);
 * List<Finding> left = accepted.apply(findings);
 * }</pre>
 */
public record AcceptedRenderings(Set<Accepted> accepted) {
    public static final String FILE = "accepted-renderings.txt";
    public static final AcceptedRenderings NONE = new AcceptedRenderings(Set.of());

    /** One accepted rendering of a term, on the side the term is taken from. */
    public record Accepted(Side side, String term, String rendering) {
        boolean matches(Finding f, String r) {
            // saved in the citation form ("paquet source") or as a bead writes it ("paquets sources")
            return f.side() == side && CitationForm.sameForm(f.subject(), term) && CitationForm.sameForm(r, rendering);
        }
    }

    public AcceptedRenderings {
        accepted = Set.copyOf(accepted);
    }

    /** Reads the project's list; none when the file does not exist. */
    public static AcceptedRenderings load(Path projectFolder) {
        Path file = projectFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            Set<Accepted> all = new LinkedHashSet<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 3 || !(parts[0].equals("source") || parts[0].equals("target"))) {
                    throw new ProjectException(file + ": line " + (i + 1) + " is not “source|target, term, rendering” separated by tabs");
                }
                all.add(new Accepted(Side.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1], parts[2]));
            }
            return new AcceptedRenderings(all);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read the accepted renderings (" + e.getMessage() + ")", e);
        }
    }

    public void save(Path projectFolder) {
        AtomicFiles.write(projectFolder.resolve(FILE), w -> {
            w.write("# renderings accepted as variants in visavis: side, term, rendering (tab-separated)\n");
            for (Accepted a : accepted) {
                w.write(a.side().name().toLowerCase(Locale.ROOT) + "\t" + clean(a.term()) + "\t" + clean(a.rendering()) + "\n");
            }
        }, AtomicFiles.BackupPolicy.NO_BAK);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** These and {@code rendering} of the finding's term. */
    public AcceptedRenderings with(Finding finding, String rendering) {
        Set<Accepted> more = new LinkedHashSet<>(accepted);
        more.add(new Accepted(finding.side(), finding.subject(), rendering));
        return new AcceptedRenderings(more);
    }

    /** The rendering most beads use: the one the others deviate from (the first listed on a tie). */
    public static Optional<String> dominant(Finding f) {
        return f.renderings().entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Integer>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(e -> -indexOf(f, e.getKey())))
                .map(Map.Entry::getKey);
    }

    private static int indexOf(Finding f, String rendering) {
        return new ArrayList<>(f.renderings().keySet()).indexOf(rendering);
    }

    /** The findings with accepted renderings taken out of the term findings; those left without a deviation go. */
    public List<Finding> apply(List<Finding> findings) {
        return apply(findings, Optional.empty());
    }

    /**
     * As {@link #apply(List)}, and the term findings whose term the glossary settles go too:
     * once a rendering is the glossary's, the glossary checks report the beads that deviate.
     */
    public List<Finding> apply(List<Finding> findings, Optional<Glossary> glossary) {
        if (accepted.isEmpty() && glossary.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!f.check().equals(TermInconsistencyCheck.ID)) {
                out.add(f);
            } else if (glossary.isEmpty() || !settles(glossary.get(), f)) {
                applyTo(f).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean settles(Glossary g, Finding f) {
        for (GlossaryEntry e : g.entries()) {
            List<Term> terms = f.side() == Side.SOURCE ? List.of(e.source()) : e.targets();
            if (terms.stream().anyMatch(t -> CitationForm.sameForm(t.text(), f.subject()))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Finding> applyTo(Finding f) {
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        Set<Integer> takenBeads = new TreeSet<>();
        f.renderings().forEach((r, beads) -> {
            if (accepted.stream().anyMatch(a -> a.matches(f, r))) {
                taken.add(r);
                takenBeads.addAll(beads);
            } else {
                kept.put(r, beads);
            }
        });
        if (taken.isEmpty()) {
            return Optional.of(f);
        }
        List<Integer> deviating = new ArrayList<>(f.beads());
        deviating.removeAll(takenBeads);
        if (kept.size() < 2 || deviating.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> context = new ArrayList<>(f.contextBeads());
        context.addAll(takenBeads);
        List<String> parts = new ArrayList<>();
        kept.forEach((r, beads) -> parts.add("“" + r + "” (" + beads.size() + (beads.size() == 1 ? " bead)" : " beads)")));
        String message = "“" + f.subject() + "” is rendered " + kept.size() + " ways: " + String.join(", ", parts)
                + "; accepted as variants: " + String.join(", ", taken.stream().map(r -> "“" + r + "”").toList());
        return Optional.of(f.toBuilder().message(message).beads(deviating).contextBeads(context).renderings(kept).build());
    }
}
