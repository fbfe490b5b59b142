package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.terms.RenderingDiscovery;

/**
 * Single deviations that hide where a term is not written as in running text, planted by hand in
 * three sections of the Debian Administrator's Handbook (corpora/debian-handbook, French original,
 * English translation), each aligned once: a term in capitals ("OUTIL how-can-i-help"), in a
 * passage the French edition left in English but for a cross-reference, inside a name ("Release
 * Manager"), the term copied in another form ("paquet" for "paquets") or in the source's word
 * order ("code source" for "source code"); and the set phrase
 * rendered its own way throughout ("mise en paquet" → "packaging"), which raises nothing.
 */
class TermDeviationRecallTest {
    private static final Language FR = Language.parse("fr-FR");
    private static final Language EN = Language.parse("en-US");
    private static Alignment internals;
    private static Alignment lifecycle;

    @BeforeAll
    static void align() {
        internals = align("sect.debian-internals.html");
        lifecycle = align("sect.release-lifecycle.html");
    }

    private static Alignment align(String page) {
        Path book = Path.of("corpora/debian-handbook");
        return new AlignmentPipeline().run(new AlignmentRequest(book.resolve("fr-FR/" + page),
                book.resolve("en-US/" + page), FR, EN, Optional.empty()), Progress.SILENT);
    }

    /** The findings a reviser sees: those the report shows by default. */
    private static List<Finding> check(Alignment a) {
        return new TermInconsistencyCheck(LanguageKnowledge.tagger(FR), LanguageKnowledge.tagger(EN),
                RenderingDiscovery.Options.DEFAULT).check(a).stream().filter(CheckOptions.defaults()::reports).toList();
    }

    /** The bead whose source contains {@code source} and whose target contains {@code target}. */
    private static int bead(Alignment a, String source, String target) {
        for (int b = 0; b < a.beads().size(); b++) {
            Bead bead = a.beads().get(b);
            if (!bead.isOneSided() && a.sourceText(bead).contains(source) && a.targetText(bead).contains(target)) {
                return b;
            }
        }
        throw new AssertionError("no bead with '" + source + "' / '" + target + "'");
    }

    /** The alignment with {@code from} replaced by {@code to} in the target of bead {@code b}. */
    private static Alignment planted(Alignment a, int b, String from, String to) {
        List<Segment> segments = new ArrayList<>(a.target().segments());
        for (int s : a.beads().get(b).target()) {
            Segment seg = segments.get(s);
            segments.set(s, new Segment(seg.text().replace(from, to), seg.paragraph()));
        }
        SegmentedDocument t = a.target();
        Alignment out = new Alignment(a.source(), new SegmentedDocument(t.name(), t.language(), t.paragraphs(), segments),
                a.beads());
        assertThat(out.targetText(out.beads().get(b))).contains(to);
        return out;
    }

    private static List<Finding> about(List<Finding> findings, String subject, int b) {
        return findings.stream().filter(f -> f.subject().toLowerCase(java.util.Locale.ROOT).startsWith(subject)
                && f.beads().contains(b)).toList();
    }

    @Test
    void aTermInCapitalsIsTheWordForEmphasisNotAnAbbreviation() {
        int b = bead(internals, "OUTIL how-can-i-help", "TOOL how-can-i-help");
        assertThat(about(check(internals), "outil", b)).isEmpty();

        List<Finding> findings = check(planted(internals, b, "TOOL", "MEANS"));

        assertThat(about(findings, "outil", b)).singleElement().satisfies(f -> {
            assertThat(f.renderings()).containsKey("MEANS");
            assertThat(f.message()).contains("“tool”");
        });
    }

    @Test
    void aPassageLeftInEnglishIsCheckedWhereItWasTranslated() {
        // the French edition left the paragraph in English but for the chapter's title it cites
        int b = bead(internals, "les outils APT", "The APT Tools");

        List<Finding> findings = check(planted(internals, b, "The APT Tools", "The APT Means"));

        assertThat(about(findings, "outil", b)).singleElement()
                .satisfies(f -> assertThat(f.renderings()).containsKey("Means"));
        // its words left as they are ("invocation", "packages") are no renderings to check
        assertThat(check(internals)).noneSatisfy(f -> assertThat(f.beads()).contains(b));
    }

    @Test
    void aNameStillHoldsTheUsualRenderingsWords() {
        int b = bead(lifecycle, "Le Release Manager aura", "Release Manager");

        List<Finding> findings = check(planted(lifecycle, b, "Release Manager", "Release Management"));

        assertThat(about(findings, "manager", b)).singleElement()
                .satisfies(f -> assertThat(f.renderings()).containsKey("Management"));
    }

    @Test
    void theTermCopiedInAnotherFormIsLeftUntranslated() {
        int b = bead(internals, "Les ftpmasters sont les responsables de l'archive de paquets Debian", "packages");

        // in the singular: the source's "paquets" all the same, not another rendering
        List<Finding> findings = check(planted(internals, b, "packages", "paquet"));

        assertThat(about(findings, "paquet", b)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("leaves it as in the source (“Debian paquet”)");
            assertThat(f.beads()).containsExactly(b);
        });
    }

    @Test
    void aPhraseCopiedInTheSourcesWordOrderIsLeftUntranslated() {
        // "code source" → "source code": the same words, cognates, in another order
        Alignment foundation = align("sect.foundation-documents.html");
        int b = bead(foundation, "défendre de distribuer le code source modifié", "may restrict source code");
        assertThat(about(check(foundation), "code source", b)).isEmpty();

        List<Finding> findings = check(planted(foundation, b, "restrict source code", "restrict the code source"));

        assertThat(about(findings, "code source", b)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("leaves it as in the source (“code source”)");
            assertThat(f.beads()).containsExactly(b);
        });
    }

    @Test
    void aSetPhraseRenderedItsOwnWayThroughoutRaisesNothing() {
        int b = bead(internals, "mise en paquet", "packaging");

        assertThat(check(internals)).noneSatisfy(f -> {
            assertThat(f.beads()).contains(b);
            assertThat(f.renderings()).containsKey("packaging");
        });
    }
}
