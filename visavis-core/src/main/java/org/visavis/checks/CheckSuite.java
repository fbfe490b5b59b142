package org.visavis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.PlainTokenTagger;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.Parallel;
import org.visavis.pipeline.Progress;
import org.visavis.terms.DeclaredGlossary;
import org.visavis.terms.DeclaredRendering;
import org.visavis.terms.DeclaredRenderingFinder;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.RenderingDeclarations;
import org.visavis.terms.TermMatcher;

/**
 * Runs the checks an options record selects, on an alignment or on one document, and returns
 * their findings in report order (by check, severity, confidence, then bead), without those a person dismissed. The
 * editor calls {@link #run}; {@code visavis check} as well. Code blocks are not checked ({@link ProseOnly}).
 *
 * <pre>{@code
 * List<Finding> findings = CheckSuite.run(alignment, CheckOptions.defaults().withGlossary(g),
 *         IgnoredFindings.load(projectFolder), Progress.SILENT);
 * }</pre>
 */
public final class CheckSuite {
    private CheckSuite() {
    }

    /** The checks of an alignment, in report order. */
    public static List<Check> checks(Language source, Language target, CheckOptions options) {
        Tagger sourceTagger = LanguageKnowledge.tagger(source);
        Tagger targetTagger = LanguageKnowledge.tagger(target);
        List<Check> checks = new ArrayList<>();
        options.glossary().ifPresent(g -> {
            g.requireLanguages(source, target, "the glossary");
            GlossaryLookup lookup = new GlossaryLookup(g, new TermMatcher(sourceTagger), new TermMatcher(targetTagger));
            if (options.runs(TermMissingCheck.ID)) {
                // a bead left in the source language is one untranslated error, not a finding per glossary term
                checks.add(new TermMissingCheck(lookup, options.runs(UntranslatedCheck.ID)
                        ? java.util.Optional.of(new UntranslatedCheck(sourceTagger, targetTagger))
                        : java.util.Optional.empty()));
            }
        });
        if (options.runs(TermInconsistencyCheck.ID) || options.runs(TermInconsistencyCheck.ALIGNMENT_QUESTION_ID)) {
            checks.add(new TermInconsistencyCheck(sourceTagger, targetTagger, options.discovery()));
        }
        if (options.runs(SegmentInconsistencyCheck.ID)) {
            checks.add(new SegmentInconsistencyCheck());
        }
        if (options.runs(UntranslatedCheck.ID)) {
            checks.add(new UntranslatedCheck(sourceTagger, targetTagger));
        }
        if (options.runs(NumberMismatchCheck.ID)) {
            checks.add(new NumberMismatchCheck());
        }
        for (MonolingualCheck m : monolingualChecks(target, targetTagger, List.of(sourceTagger), options)) {
            checks.add(m.onTarget());
        }
        return checks;
    }

    /** The checks that work on one document of the given language. */
    public static List<MonolingualCheck> monolingualChecks(Language language, CheckOptions options) {
        return monolingualChecks(language, LanguageKnowledge.tagger(language), List.of(), options);
    }

    /** {@code otherLanguages}: the taggers of the languages passages of the text may be left in. */
    private static List<MonolingualCheck> monolingualChecks(Language language, Tagger tagger, List<Tagger> otherLanguages,
                                                            CheckOptions options) {
        List<MonolingualCheck> checks = new ArrayList<>();
        options.glossary().ifPresent(g -> {
            if (!g.target().sameLanguageAs(language)) {
                throw new org.visavis.terms.TermsException("the glossary's target language is " + g.target().code()
                        + ", the text's is " + language.code());
            }
            if (options.runs(TermForbiddenCheck.ID)) {
                // only the target side is searched: the source terms need no tagger of their own
                checks.add(new TermForbiddenCheck(new GlossaryLookup(g, new TermMatcher(new PlainTokenTagger(g.source())),
                        new TermMatcher(tagger))));
            }
        });
        if (options.runs(DeclaredRenderingCheck.ID)) {
            checks.add(new DeclaredRenderingCheck(tagger, RenderingDeclarations.bundled()));
        }
        // both spelling checks ask which words another language knows: one look-up cache for the two
        ForeignWords foreign = new ForeignWords(otherLanguages);
        if (options.runs(SpellingVariantCheck.ID)) {
            checks.add(new SpellingVariantCheck(tagger, foreign));
        }
        if (options.runs(SpellingConventionCheck.ID)) {
            checks.add(new SpellingConventionCheck(tagger, foreign));
        }
        if (options.runs(LanguageToolCheck.ID) && LanguageKnowledge.served(language)) {
            checks.add(new LanguageToolCheck(LanguageKnowledge.proofreader(language, options.languageToolCategories())));
        }
        return checks;
    }

    /** Runs the selected checks on an alignment; CheckException when there is nothing to check. */
    public static List<Finding> run(Alignment checked, CheckOptions options, IgnoredFindings ignored,
                                    Progress progress) {
        Alignment alignment = ProseOnly.of(checked);
        if (alignment.beads().isEmpty()) {
            throw new CheckException(alignment.source().name() + ": the project has no sentences to check");
        }
        requireRealLanguage(alignment.source());
        requireRealLanguage(alignment.target());
        progress.report("Preparing checks", 0);
        // loading a language's dictionaries and rules takes seconds: both languages at once
        Parallel.map(List.of(alignment.source().language(), alignment.target().language()),
                LanguageKnowledge::tagger, progress);
        CheckOptions declared = withDeclaredRenderings(alignment, options);
        List<Check> checks = checks(alignment.source().language(), alignment.target().language(), declared);
        warmUp(alignment, progress);
        progress.report("Checking", 0.5);
        // the checks side by side: the long ones (LanguageTool, consistency) do not wait for each other
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<List<Finding>> results = Parallel.map(checks, c -> {
            List<Finding> found = c.check(alignment);
            progress.report("Checked: " + c.id(), 0.5 + 0.5 * done.incrementAndGet() / checks.size());
            return found;
        }, progress);
        List<Finding> findings = new ArrayList<>();
        results.forEach(found -> found.stream().filter(f -> declared.runs(f.check()) && declared.reports(f))
                .forEach(findings::add));
        progress.report("Checks done", 1);
        return sorted(ignored.filter(findings));
    }

    /** Runs the one-language checks on a document; findings point at sentence indexes. */
    public static List<Finding> run(SegmentedDocument checked, CheckOptions options, IgnoredFindings ignored) {
        SegmentedDocument document = ProseOnly.of(checked);
        if (document.size() == 0) {
            throw new CheckException(document.name() + ": the document has no sentences to check");
        }
        requireRealLanguage(document);
        List<Finding> findings = new ArrayList<>();
        for (MonolingualCheck c : monolingualChecks(document.language(), options)) {
            c.check(document).stream().filter(options::reports).forEach(findings::add);
        }
        return sorted(ignored.filter(findings));
    }

    /**
     * The options with the renderings the translation declares in its notes added to the glossary
     * (a glossary of their own when none is given), so that term-missing holds the beads to them.
     */
    static CheckOptions withDeclaredRenderings(Alignment alignment, CheckOptions options) {
        if (options.declared() == CheckOptions.DeclaredRenderings.IGNORED) {
            return options;
        }
        List<DeclaredRendering> declared = new DeclaredRenderingFinder(RenderingDeclarations.bundled())
                .find(alignment.target());
        if (declared.isEmpty()) {
            return options;
        }
        int[] beadOf = MonolingualCheck.beadOfTargetSentence(alignment);
        return options.withGlossary(DeclaredGlossary.with(options.glossary(), declared, alignment.source().language(),
                alignment.target().language(), d -> d.origin("bead", beadOf[d.sentence()])));
    }

    private static void requireRealLanguage(SegmentedDocument doc) {
        if (doc.language().isUndetermined()) {
            throw new CheckException(doc.name() + ": the document's language is not set (" + doc.language()
                    + "); give it, e.g. --lang en");
        }
    }

    /**
     * Tags the sentences of both sides on every processor (a pool of LanguageTool instances per
     * language): tagging is most of the checks' time, and the checks then find the tokens cached.
     */
    private static void warmUp(Alignment alignment, Progress progress) {
        Tagger source = LanguageKnowledge.tagger(alignment.source().language());
        Tagger target = LanguageKnowledge.tagger(alignment.target().language());
        progress.report("Analysing the texts", 0.1);
        List<Runnable> work = new ArrayList<>();
        alignment.source().texts().forEach(t -> work.add(() -> source.tag(t)));
        alignment.target().texts().forEach(t -> work.add(() -> target.tag(t)));
        Parallel.map(work, w -> {
            w.run();
            return Boolean.TRUE;
        }, progress);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparingInt((Finding f) -> CheckOptions.ALL_CHECKS.indexOf(f.check()))
                .thenComparing(f -> -f.severity().ordinal())
                .thenComparingDouble(f -> -f.confidence())
                .thenComparingInt(f -> f.beads().isEmpty() ? -1 : f.beads().get(0))
                .thenComparing(Finding::subject));
        return copy;
    }
}
