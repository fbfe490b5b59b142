package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * The Debian Reference and the Debian Edu manual (en → fr): where most beads keep the English word
 * (the command "mount"), the bead that translates it ("le montage avec UTF-8") does not deviate
 * from a rendering; a usual rendering that is a French word as well ("tables", "installation",
 * even "fonts") is a rendering all the same.
 */
class UsualLeftUntranslatedTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” usually “{4}” (from “{3}”): left untranslated {5}")
    @CsvSource(delimiter = '|', value = {
        "mount | The next time this memory stick is mounted, mount with UTF-8 is enabled. | La prochaine fois que vous monterez cette clé mémoire, le montage avec UTF-8 sera activé. | La commande mount(8) sert à attacher les systèmes de fichiers se trouvant sur certains périphériques à la grosse arborescence des fichiers. | mount | true",
        "mount | Mount old system at ”/path/to/old/system/”. | Montez l’ancien système sur « /chemin/vers/ancien/système/ ». | La commande mount(8) sert à attacher les systèmes de fichiers se trouvant sur certains périphériques à la grosse arborescence des fichiers. | mount | true",
        // French words as well: the usual rendering is a translation
        // ("fonts" of the package names is a French word too, of "fonts baptismaux")
        "fonts | 7.5.1 Basic fonts | 7.5.1 Polices de base | fonts-dejavu | fonts | false",
        "tables | List of Tables | Liste des tableaux | « Données de partition du disque », « table de partition » et « Étiquette de disque » sont tous des synonymes. | table | false",
        "installation | Currently there are two kinds of installation media images: netinst and BD. | Deux types de supports d'installation sont actuellement disponibles : l'image d'installation par le réseau et l'image BD (Block Device). | Seule l'image d'installation par le réseau nécessite un accès Internet pendant l'installation. | installation | false",
        // the usual rendering is not the source's word
        "fonts | 7.5.1 Basic fonts | 7.5.1 Polices de base | 7.5.1 Polices de base | Polices | false",
    })
    void theUsualRenderingIsTheSourceWordLeftAsItIs(String term, String source, String target, String usualBead,
                                                    String usualText, boolean left) {
        Occurrence o = TermOccurrences.of(EN, FR, term, source, target);
        List<TaggedToken> words = FR.tag(usualBead).stream()
                .filter(t -> t.text().equalsIgnoreCase(usualText)).limit(1).toList();
        assertThat(words).as("“%s” in “%s”", usualText, usualBead).hasSize(1);
        UsualRendering usual = new UsualRendering(usualText, TermText.stems(List.of(usualText)), List.of(usualText), 3,
                Map.of(), Set.of(), true, new UsualRendering.Frame(term, words, Map.of(), false));
        assertThat(UsualLeftUntranslated.of(o, usual)).isEqualTo(left);
    }

    /**
     * Table 3.5 of the Debian Reference keeps its column head "Command snippets" in English; bead
     * 96 translates the phrase ("un fragment ... de la commande"): the usual rendering left in
     * English weighs the translated bead down, for a phrase as for a word.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "usually “{0}”: weighed down {1}")
    @CsvSource(delimiter = '|', value = {"Command snippets | true", "extraits de code | false"})
    void aPhraseLeftInEnglishWeighsItsTranslationDown(String usualText, boolean down) {
        Occurrence bare = TermOccurrences.of(EN, FR, "command snippet",
                "An info page is referred by its command snippet in the typewriter font between double quotation marks, such as ”info make”.",
                "Une page info est indiquée par un fragment entre guillemets de la commande correspondante dans la police machine à écrire, comme par exemple, « info make ».");
        int k = TermOccurrences.targetToken(bare, "commande");
        Occurrence o = TermOccurrences.spotting(bare, k, 0.9, true);
        Deviation d = TermOccurrences.enFrJudge(RenderingDiscovery.Trace.NONE)
                .deviation(o, TermOccurrences.usual(FR, "command snippet", usualText, 3, Map.of()));
        assertThat(d).as("the deviation").isNotNull();
        assertThat(d.basis()).isEqualTo(Deviation.Basis.DICTIONARY);
        assertThat(d.evidence()).isCloseTo(down ? Deviation.Evidence.RELATED * Deviation.Evidence.USUAL_LEFT_UNTRANSLATED
                : Deviation.Evidence.RELATED, org.assertj.core.api.Assertions.within(1e-9));
    }
}
