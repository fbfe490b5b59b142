package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.Seeds;

/**
 * Beads of the Debian installation guide (en → fr, installation-guide-amd64 20230508+deb12u1) as
 * main's aligner pairs them: a deviation that renders only another part of the term than the usual
 * rendering is no slip (judged false); a
 * deviation that is another name for the concept is one (judged real).
 */
class PartialRenderingsTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Seeds SEEDS = BilingualLexicon.forPair(Language.of("en"), Language.of("fr"))
            .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
            .orElseThrow();
    private static final PartialRenderings PARTIAL = new PartialRenderings(SEEDS::strength);

    @ParameterizedTest(name = "“{2}” for “{0}” (usually “{1}”): {3}")
    @CsvSource(delimiter = '|', value = {
        // bead 1521: "aide" renders "help", "informations" renders "information"
        "help information | aide | informations | part of the term | The help information can be accessed either by activating the button or by pressing the F1 key. | Les informations sont alors accessibles avec ce bouton ou bien en pressant la touche F1.",
    })
    void anotherPartOfTheTermIsNoSlip(String term, String usual, String rendering, String why, String source,
                                      String target) {
        assertThat(PARTIAL.reason(occurrence(term, source, target), deviation(term, rendering), usual(term, usual)))
                .contains(why);
    }

    @ParameterizedTest(name = "“{2}” for “{0}” (usually “{1}”) stays")
    @CsvSource(delimiter = '|', value = {
        // bead 558: "propriétaire" is a word of its own beside "matériel" (judged real)
        "closed hardware | fermé | matériel propriétaire | You should therefore avoid buying closed hardware in the first place, regardless of the operating system you want to use it with. | Vous devriez donc éviter d'acheter du matériel propriétaire, quel que soit le système d'exploitation que vous utilisez.",
        // bead 820: another name, both render "partition table" (judged real)
        "partition table | table des partitions | table de partitionnement | Booting from a disk with GPT is only possible in native UEFI mode, but using GPT becomes more and more common as hard disk sizes grow, because the classic DOS partition table cannot address disks larger than about 2 Terabytes while GPT allows for far larger disks. | Amorcer depuis un disque avec GPT n'est possible qu'en mode UEFI natif, mais utiliser GPT devient de plus en plus commun à mesure que les disques grossissent, car la table de partitionnement DOS classique ne peut pas adresser des disques de plus de 2 Téraoctets alors que GPT le permet.",
        // bead 1224: "mode de récupération" where the book says "mode de secours" (judged real)
        "rescue mode | mode de secours | mode de récupération | From there, various shortcuts can be used: x for expert installation, r for rescue mode, or a for automated installation. | À partir de ce moment, plusieurs raccourcis peuvent être utilisés : x pour une installation en mode expert, r pour le mode de récupération, et a pour l'installation automatisée.",
    })
    void anotherNameForTheConceptStays(String term, String usual, String rendering, String source, String target) {
        assertThat(PARTIAL.reason(occurrence(term, source, target), deviation(term, rendering), usual(term, usual)))
                .isNull();
    }

    private static Occurrence occurrence(String term, String source, String target) {
        return TermOccurrences.of(EN, FR, term, source, target);
    }

    private static Deviation deviation(String term, String rendering) {
        return TermOccurrences.deviation(term, rendering);
    }

    private static UsualRendering usual(String term, String text) {
        return TermOccurrences.usual(FR, term, text);
    }
}
