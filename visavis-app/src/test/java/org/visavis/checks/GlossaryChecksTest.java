package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.terms.DelimitedGlossaryFormat;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.TermMatcher;

/** term-missing and term-forbidden with the bundled glossary, on sentence pairs of the corpora. */
class GlossaryChecksTest {
    private static final Glossary GLOSSARY = DelimitedGlossaryFormat.TSV.read(
            Path.of(System.getProperty("user.dir"), "glossaries", "visavis-fr-en.tsv"), Language.of("fr"), Language.of("en"));

    private static GlossaryLookup lookup() {
        return new GlossaryLookup(GLOSSARY, new TermMatcher(LanguageKnowledge.tagger(Language.of("fr"))),
                new TermMatcher(LanguageKnowledge.tagger(Language.of("en"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // rendered: nothing to say
        "Debian est et restera constituée exclusivement de logiciels libres. | Debian is and will remain composed entirely and exclusively of free software. | ''",
        "Une distribution GNU/Linux a deux objectifs principaux. | A GNU/Linux distribution has two main objectives. | ''",
        // the translator left a glossary term out: that is what the check reports
        "La distribution Debian est et restera constituée exclusivement de logiciels libres. | Debian is and will remain composed entirely and exclusively of free software. | distribution",
        "Le programme buildd y fonctionne en permanence afin de créer des paquets binaires pour arm64 à partir des paquets sources expédiés par les développeurs Debian. | The buildd program runs on them continuously and creates binary packages for arm64 from source packages sent by Debian developers. | ''",
        "L'enchevêtrement des dépendances croisées entre paquets est tel qu'un paquet ne peut que rarement y progresser tout seul. | The tangle of cross-dependencies between packages is such that a package can rarely move there completely on its own. | ''",
        // a word of the target term's lemma in another word class renders it
        "Parcours d'un paquet au sein des différentes versions de Debian | Chronological path of a program packaged by Debian | ''",
        // a word of another lemma is another word, however it begins: "packaging" is not the glossary's "package"
        "Pour bien les comprendre, suivons le parcours d'un programme, de sa première mise en paquet à son intégration dans une version stable de Debian. | For a good understanding, let us take a look at a program's journey, from its initial packaging to inclusion in a stable version of Debian. | paquet",
        // not rendered
        "Il intervient encore épisodiquement sur les listes de diffusion pour donner son avis. | He still sporadically appears on the e-mail lists to give his advice. | liste de diffusion",
        "Le fait que le travail de ces équipes est essentiellement public les rend accessible à tout nouveau développeur intéressé. | The public nature of the work of those teams makes it possible for new contributors to observe. | développeur",
        // "paquet source" is the longer term: "paquet" inside it is not checked on its own
        "L'idée de base est de rassembler sur une seule page le maximum d'informations relatives à chaque paquet source. | The basic idea is, for a given package, to centralize as much information as possible on a single page. | paquet source",
    })
    void termMissing(String fr, String en, String missing) {
        Alignment a = SentencePairs.alignment(new String[] {fr, en});
        List<Finding> findings = new TermMissingCheck(lookup()).check(a);
        if (missing.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).extracting(Finding::subject).containsExactly(missing);
            assertThat(findings.get(0).beads()).containsExactly(0);
            assertThat(findings.get(0).check()).isEqualTo("term-missing");
            assertThat(findings.get(0).reason()).startsWith("the glossary gives “")
                    .endsWith("” for “" + missing + "”, and this bead's translation has no form of it");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Elle suppose que les luttes revendicatives sont des tremplins vers la révolution. | It supposes that wage struggles are stepping stones to the revolution. | wage struggles",
        "Elle suppose que les luttes revendicatives sont des tremplins vers la révolution. | It supposes that struggles over immediate demands are stepping stones to the revolution. | ''",
        "Debian est avant tout un projet du monde du logiciel libre. | Debian is above all a project of the open source software world. | open source software",
        "Debian est avant tout un projet du monde du logiciel libre. | Debian is above all a project of the free software world. | ''",
    })
    void termForbidden(String fr, String en, String forbidden) {
        Alignment a = SentencePairs.alignment(new String[] {fr, en});
        List<Finding> findings = new TermForbiddenCheck(lookup()).onTarget().check(a);
        if (forbidden.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).extracting(Finding::subject).containsExactly(forbidden);
            assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(findings.get(0).highlights()).containsExactly(forbidden);
        }
    }

    /**
     * A glossary term with symbols, English→French, on sentence pairs of the Debian Reference:
     * "C++" is neither "C" nor found in "C", its forbidden rendering "CPP" is not "C" either.
     */
    @org.junit.jupiter.api.Test
    void termsWithSymbolsAreTakenAsWritten() {
        Glossary cpp = new Glossary(Language.of("en"), Language.of("fr"), List.of(new org.visavis.terms.GlossaryEntry(
                org.visavis.terms.Term.of("C++"), List.of(org.visavis.terms.Term.of("C++")),
                List.of(org.visavis.terms.Term.of("CPP"), org.visavis.terms.Term.of("C#")), "")));
        GlossaryLookup lookup = new GlossaryLookup(cpp, new TermMatcher(LanguageKnowledge.tagger(Language.of("en"))),
                new TermMatcher(LanguageKnowledge.tagger(Language.of("fr"))));
        Alignment a = new Alignment(
                org.visavis.model.SegmentedDocument.ofSentences("en.txt", Language.of("en"), List.of(
                        "The target reader is not ready to read all the C sources.",
                        "Caching proxy for distribution of software packages (compiled C++ program)",
                        "Caching proxy for distribution of software packages (compiled C++ program)")),
                org.visavis.model.SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), List.of(
                        "Le lecteur visé n’est pas prêt à lire toutes les sources en C.",
                        "proxy avec cache pour la distribution de paquets de logiciel (programme C++ compilé)",
                        "proxy avec cache pour la distribution de paquets de logiciel (programme C compilé)")),
                List.of(org.visavis.model.Bead.auto(List.of(0), List.of(0), 0.9),
                        org.visavis.model.Bead.auto(List.of(1), List.of(1), 0.9),
                        org.visavis.model.Bead.auto(List.of(2), List.of(2), 0.9)));

        assertThat(new TermMissingCheck(lookup).check(a)).extracting(Finding::beads).containsExactly(List.of(2));
        assertThat(new TermForbiddenCheck(lookup).onTarget().check(a)).isEmpty();
    }

    /**
     * A bead whose translation copies the French source is one untranslated error; its glossary
     * terms ("développeur") are not also reported one by one, as on GIMP's help, where 74 of 112
     * term-missing findings stood in passages left in English. Without the untranslated check they are.
     */
    @org.junit.jupiter.api.Test
    void aBeadLeftUntranslatedIsNotAlsoAGlossaryFindingPerTerm() {
        String copied = "Le fait que le travail de ces équipes est essentiellement public les rend accessible à tout "
                + "nouveau développeur intéressé.";
        Alignment a = SentencePairs.alignment(
                new String[] {"Il intervient encore épisodiquement sur les listes de diffusion pour donner son avis.",
                    "He still sporadically appears on the e-mail lists to give his advice."},
                new String[] {copied, copied});
        CheckOptions both = CheckOptions.defaults().withLanguageToolCategories(java.util.Set.of())
                .withChecks(java.util.Set.of("term-missing", "untranslated")).withGlossary(GLOSSARY);
        List<Finding> findings = CheckSuite.run(a, both, IgnoredFindings.NONE, org.visavis.pipeline.Progress.SILENT);
        assertThat(findings).extracting(f -> f.check() + " " + f.beads()).containsExactly(
                "term-missing [0]", "untranslated [1]");

        CheckOptions termsOnly = both.withChecks(java.util.Set.of("term-missing"));
        assertThat(CheckSuite.run(a, termsOnly, IgnoredFindings.NONE, org.visavis.pipeline.Progress.SILENT))
                .extracting(Finding::subject).containsExactly("liste de diffusion", "développeur");
    }
}
