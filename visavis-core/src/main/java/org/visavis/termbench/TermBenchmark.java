package org.visavis.termbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.pipeline.Progress;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.Term;

/**
 * The term-consistency benchmark on one aligned pair: finds recurring terms and their dominant
 * renderings ({@link DominantRenderings}), plants single deviations in rounds ({@link
 * DeviationPlanter}), runs the term checks of {@link CheckSuite} on each planted alignment without
 * a glossary and with one made of the planted terms (plus the user's), and counts a case found
 * when a term finding about it includes its planted beads ({@link FindingMatch}). The unplanted
 * pair is checked too, for the findings a reviser would see on the real text.
 *
 * <pre>{@code
 * TermBenchmark.Result r = new TermBenchmark(TermBenchmark.Settings.DEFAULT).run("demo", alignment, Optional.empty(), log);
 * }</pre>
 */
public final class TermBenchmark {

    /** How many cases, in how many rounds at most, from which seed; the fewest beads of a recurring term. */
    public record Settings(long seed, int cases, int rounds, int minBeads) {
        public static final Settings DEFAULT = new Settings(1, 60, 3, 5);

        public Settings {
            if (cases < 1 || rounds < 0 || minBeads < 4) {
                throw new IllegalArgumentException("cases must be >= 1, rounds >= 0 (0: precision only), minBeads >= 4");
            }
        }
    }

    /**
     * A planted case, whether the checks found it without and with a glossary, and whether its
     * term is a single general word ("exemple", "example": see {@link GeneralWordLists}).
     */
    public record CaseResult(PlantedCase planted, boolean withoutGlossary, boolean withGlossary, boolean generalWord) {
    }

    /**
     * The outcome on one pair: its beads, the terms with a dominant rendering, the cases, the term
     * findings on the unplanted text, the term findings of the planted rounds without a glossary,
     * and how many there were with one.
     */
    public record Result(String name, int beads, int recurringTerms, List<CaseResult> cases,
                         List<Finding> unplantedFindings, int rounds, List<Finding> plantedFindings,
                         int plantedGlossaryFindings) {
        public Result {
            cases = List.copyOf(cases);
            unplantedFindings = List.copyOf(unplantedFindings);
            plantedFindings = List.copyOf(plantedFindings);
        }
    }

    private final Settings settings;

    public TermBenchmark(Settings settings) {
        this.settings = settings;
    }

    public Result run(String name, Alignment alignment, Optional<Glossary> userGlossary, Consumer<String> log) {
        Tagger sourceTagger = LanguageKnowledge.tagger(alignment.source().language());
        Tagger targetTagger = LanguageKnowledge.tagger(alignment.target().language());
        LexiconSupport lexicon = BilingualLexicon.forPair(alignment.source().language(), alignment.target().language())
                .map(LexiconSupport::new).orElseGet(LexiconSupport::empty);
        BenchCorpus corpus = new BenchCorpus(alignment, sourceTagger, targetTagger);
        List<TermRendering> renderings = new DominantRenderings(settings.minBeads(), 0.6).find(corpus, lexicon);
        log.accept(String.format(Locale.ROOT, "%s: %d beads, %d recurring terms with a dominant rendering",
                name, alignment.beads().size(), renderings.size()));
        List<Finding> unplanted = termFindings(alignment, Optional.empty());
        FindingMatch match = new FindingMatch(sourceTagger, targetTagger);
        GeneralWordLists general = new GeneralWordLists(alignment.source().language(), alignment.target().language());
        DeviationPlanter planter = new DeviationPlanter(corpus, lexicon, renderings, general,
                new Random(settings.seed() ^ name.hashCode()));
        Set<String> used = new HashSet<>();
        List<CaseResult> results = new ArrayList<>();
        int rounds = 0;
        List<Finding> plantedFindings = new ArrayList<>();
        int glossaryFindings = 0;
        for (int round = 1; round <= settings.rounds() && results.size() < settings.cases(); round++) {
            PlantedRound planted = planter.plant(name, round, settings.cases() - results.size(), used);
            if (planted.cases().isEmpty()) {
                break;
            }
            rounds++;
            List<Finding> plain = termFindings(planted.alignment(), userGlossary);
            Glossary glossary = glossaryOf(planted.cases(), alignment, userGlossary);
            List<Finding> withGlossary = termFindings(planted.alignment(), Optional.of(glossary));
            plantedFindings.addAll(plain);
            glossaryFindings += withGlossary.size();
            int found = 0;
            for (PlantedCase c : planted.cases()) {
                CaseResult r = new CaseResult(c, match.found(c, plain), match.found(c, withGlossary),
                        general.isGeneral(c.term()));
                found += r.withoutGlossary() ? 1 : 0;
                results.add(r);
            }
            log.accept(String.format(Locale.ROOT, "%s: round %d, %d cases planted, %d found without a glossary",
                    name, round, planted.cases().size(), found));
        }
        return new Result(name, alignment.beads().size(), renderings.size(), results, unplanted, rounds,
                plantedFindings, glossaryFindings);
    }

    /** The user's glossary (a planted term's entry replaced) and an entry per planted term. */
    static Glossary glossaryOf(List<PlantedCase> cases, Alignment alignment, Optional<Glossary> user) {
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
        user.ifPresent(g -> g.entries().forEach(e -> entries.put(e.source().text().toLowerCase(Locale.ROOT), e)));
        for (PlantedCase c : cases) {
            entries.put(c.term().sourceForm().toLowerCase(Locale.ROOT), new GlossaryEntry(Term.of(c.term().sourceForm()),
                    List.of(Term.of(c.term().renderingForm())), List.of(), "planted by bench-terms"));
        }
        return new Glossary(alignment.source().language(), alignment.target().language(), List.copyOf(entries.values()));
    }

    /** The term findings of the check suite (every term check, LanguageTool off). */
    static List<Finding> termFindings(Alignment alignment, Optional<Glossary> glossary) {
        Set<String> termChecks = new HashSet<>();
        for (String id : CheckOptions.ALL_CHECKS) {
            if (FindingMatch.isTermCheck(id)) {
                termChecks.add(id);
            }
        }
        CheckOptions options = CheckOptions.defaults().withChecks(termChecks).withLanguageToolCategories(Set.of());
        if (glossary.isPresent()) {
            options = options.withGlossary(glossary.get());
        }
        return CheckSuite.run(alignment, options, IgnoredFindings.NONE, Progress.SILENT).stream()
                .filter(FindingMatch::isTermFinding).toList();
    }
}
