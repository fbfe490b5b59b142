package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.Progress;
import org.visavis.terms.RenderingDeclarations;

/** Paragraphs and notes of corpora/self-organisation/en.txt, cut small. */
class DeclaredRenderingCheckTest {
    static final String NOTE_1 = "Les luttes revendicatives, which we have rendered throughout as “struggles over "
            + "immediate demands”, could mean depending on context struggles over wages and conditions, or for the "
            + "defence of jobs, or other “everyday” struggles of the proletariat.";
    static final String NOTE_2 = "Théorie Communiste also use it to refer to the more general (and for them equally "
            + "mistaken) idea that the everyday class struggle, wage struggles and defence of jobs etc. can simply "
            + "generalise into revolutionary struggle.";
    static final String[][] PARAGRAPHS = {
        {"Its subject is the worker and it supposes that the communist revolution is his liberation.",
            "It supposes that struggles over immediate demands are stepping stones to the revolution."},
        {"Any struggle over immediate demands of any amplitude or intensity is now self-organised and autonomous.",
            "This is the overgrowth between the self-organisation of the struggle and workers’ control of production."},
        {"Within struggles over wages, they don’t see the appearance of ‘power’ or ‘project’.",
            "All this has only one function, to fail to recognise the leap and to avoid critiquing wage struggles."},
        {"A struggle over wages and conditions can pass from the level of conflict to that of contradiction.",
            "The decline and lost meaning of autonomy are not a simple product of the retreat of class struggles."},
    };

    /** Our French for the sentences of {@link #PARAGRAPHS}, in order. */
    static final List<String> FRENCH = List.of(
            "Son sujet est l’ouvrier et elle suppose que la révolution communiste est sa libération.",
            "Elle suppose que les luttes revendicatives sont des marchepieds vers la révolution.",
            "Toute lutte revendicative de quelque ampleur ou intensité est aujourd’hui auto-organisée et autonome.",
            "C’est la transcroissance entre l’auto-organisation de la lutte et le contrôle ouvrier de la production.",
            "Dans les luttes revendicatives, ils ne voient pas apparaître le « pouvoir » ou le « projet ».",
            "Tout cela n’a qu’une fonction : ne pas reconnaître le saut et éviter de critiquer les luttes revendicatives.",
            "Une lutte revendicative peut passer du niveau du conflit à celui de la contradiction.",
            "Le déclin de l’autonomie n’est pas un simple produit du recul des luttes de classes.");

    static SegmentedDocument english(boolean withNotes) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS.length; p++) {
            List<Note> notes = !withNotes ? List.of() : p == 0 ? List.of(new Note("1", NOTE_1))
                    : p == 1 ? List.of(new Note("2", NOTE_2)) : List.of();
            paragraphs.add(new Paragraph(String.join(" ", PARAGRAPHS[p]), ParagraphKind.BODY, notes));
            for (String s : PARAGRAPHS[p]) {
                segments.add(new Segment(s, p));
            }
        }
        return new SegmentedDocument("en.txt", Language.of("en"), paragraphs, segments);
    }

    private static List<Finding> check(SegmentedDocument doc) {
        return new DeclaredRenderingCheck(LanguageKnowledge.tagger(Language.of("en")),
                RenderingDeclarations.bundled()).check(doc);
    }

    @Test
    void listsTheDeclarationWithItsOriginAndTheSentencesThatDepartFromIt() {
        List<Finding> findings = check(english(true));
        Finding declared = findings.get(0);
        assertThat(declared.severity()).isEqualTo(Severity.INFO);
        assertThat(declared.message()).contains("“luttes revendicatives” → “struggles over immediate demands”")
                .contains("declared in note 1 / sentence 2");
        assertThat(declared.beads()).containsExactly(1);

        List<String> departures = findings.stream().filter(f -> f.severity() == Severity.WARNING)
                .map(f -> f.beads() + " " + f.subject()).toList();
        assertThat(departures).containsExactly("[4] struggles over wages", "[5] wage struggles",
                "[6] struggle over wages and conditions", "[2] everyday class struggle", "[2] wage struggles");
        assertThat(findings.get(findings.size() - 1).message()).startsWith("note 2: “wage struggles” renders "
                + "“luttes revendicatives” otherwise than declared in note 1 / sentence 2");
    }

    @Test
    void withoutADeclarationThereIsNothingToHoldTo() {
        assertThat(check(english(false))).isEmpty();
    }

    @Test
    void switchedOffTheCheckDoesNotRun() {
        CheckOptions off = CheckOptions.defaults().withLanguageToolCategories(java.util.Set.of())
                .withDeclaredRenderings(CheckOptions.DeclaredRenderings.IGNORED);
        assertThat(CheckSuite.run(english(true), off, IgnoredFindings.NONE)).noneMatch(f -> f.check().equals("term-declared"));
        CheckOptions on = off.withDeclaredRenderings(CheckOptions.DeclaredRenderings.HELD);
        assertThat(CheckSuite.run(english(true), on, IgnoredFindings.NONE)).anyMatch(f -> f.check().equals("term-declared"));
    }

    /** In a project the declared source term is a glossary term: term-missing holds the beads to it. */
    @Test
    void inAProjectTheDeclaredTermIsCheckedLikeAGlossaryTerm() {
        SegmentedDocument en = english(true);
        List<String> fr = FRENCH;
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 0.9));
        }
        Alignment a = new Alignment(SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), fr), en, beads);
        CheckOptions options = CheckOptions.defaults().withLanguageToolCategories(java.util.Set.of())
                .withChecks(java.util.Set.of("term-missing"));
        List<Finding> missing = CheckSuite.run(a, options, IgnoredFindings.NONE, Progress.SILENT);
        assertThat(missing).extracting(Finding::beads).containsExactly(List.of(4), List.of(5), List.of(6));
        assertThat(missing.get(0).message()).isEqualTo("“luttes revendicatives” is not rendered as “struggles over "
                + "immediate demands” (declared in note 1 / bead 2)");
        assertThat(CheckSuite.run(a, options.withDeclaredRenderings(CheckOptions.DeclaredRenderings.IGNORED),
                IgnoredFindings.NONE, Progress.SILENT)).isEmpty();
    }

    /**
     * A project names the declaration by its bead, as the editor and the reports number them: with
     * the first two sentences of each side in one bead, the declaring sentence 2 is bead 1.
     */
    @Test
    void inAProjectTheDeclarationIsNamedByItsBead() {
        SegmentedDocument en = english(true);
        List<String> fr = FRENCH;
        List<Bead> beads = new ArrayList<>(List.of(Bead.auto(List.of(0, 1), List.of(0, 1), 0.9)));
        for (int i = 2; i < fr.size(); i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 0.9));
        }
        Alignment a = new Alignment(SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), fr), en, beads);
        CheckOptions options = CheckOptions.defaults().withLanguageToolCategories(java.util.Set.of())
                .withChecks(java.util.Set.of("term-missing", "term-declared"));
        List<Finding> findings = CheckSuite.run(a, options, IgnoredFindings.NONE, Progress.SILENT);
        assertThat(findings).filteredOn(f -> f.check().equals("term-missing")).extracting(Finding::message)
                .hasSize(3).allSatisfy(m -> assertThat(m).endsWith("is not rendered as “struggles over immediate "
                        + "demands” (declared in note 1 / bead 1)"));
        assertThat(findings).filteredOn(f -> f.check().equals("term-missing")).first().extracting(Finding::reason)
                .isEqualTo("the translation declares “struggles over immediate demands” for “luttes revendicatives” "
                        + "(note 1 / bead 1), and this bead's translation has no form of it");
        assertThat(findings).filteredOn(f -> f.check().equals("term-declared") && f.severity() == Severity.INFO)
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("declared in note 1 / bead 1;");
                    assertThat(f.beads()).containsExactly(0);
                });
        assertThat(findings).filteredOn(f -> f.check().equals("term-declared") && f.severity() == Severity.WARNING)
                .allSatisfy(f -> assertThat(f.message()).contains("otherwise than declared in note 1 / bead 1 ("));
        // the document alone keeps its sentence numbers
        assertThat(check(en).get(0).message()).contains("declared in note 1 / sentence 2");
    }
}
