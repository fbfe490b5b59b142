package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.Seeds;
import org.visavis.wordalign.WordLink;

/**
 * Beads of the Debian installation guide (en → fr, installation-guide-amd64 20230508+deb12u1): a
 * deviation that keeps the head of the usual rendering, its other words rendering the term's
 * context, is an ellipsis; one whose other words render the term otherwise, or nothing of the
 * source, is not (the judged real findings of that guide).
 */
class ContextualEllipsisTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Seeds SEEDS = BilingualLexicon.forPair(Language.of("en"), Language.of("fr"))
            .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
            .orElseThrow();
    private static final ContextualEllipsis ELLIPSIS = new ContextualEllipsis(SEEDS::strength,
            RenderingDeclarations.bundled().head("fr"));

    @ParameterizedTest(name = "“{1}” for “{0}”: {3}")
    @CsvSource(delimiter = '|', value = {
        // "new" beside the term, rendered by "nouveau"
        "operating system | système d'exploitation | nouveau système | Many modern computer systems, in particular netbooks and thin laptops, do not have an optical drive anymore at all and booting from USB media is the standard way of installing a new operating system on them. | Ainsi, pour ceux qui ne possèdent pas de lecteur de disque optique, comme les netbooks ou les ultraportables, l'installation d'un nouveau système peut se faire par une clé USB.",
        // "modules" after the term
        "Linux kernel | noyau Linux | modules du noyau | Summary of Linux kernel modules needed for different mouse types: | Voici les modules du noyau nécessaires aux différents types de souris :",
        // "other", a word of the term the usual rendering leaves out
        "other operating systems | systèmes d'exploitation | autres systèmes | Normally this question is avoided if possible and the installer tries to work out whether the clock is set to UTC based on things like what other operating systems are installed. | Normalement cette question n'est pas posée et l'installateur essaie de déterminer si l'horloge est réglée sur UTC en analysant les autres systèmes installés.",
        // "new" before the term; "ext2", the same word, after it
        "encryption key | clé de chiffrement | nouvelle clé | A new encryption key will be generated from random data each time you try to bring up the encrypted partition. | Une nouvelle clé est calculée avec des données aléatoires chaque fois que la partition chiffrée est montée.",
        "file system | système de fichiers | système ext2 | If a larger swap doesn't help, try creating the file system as ext2 (which is an essential component of the installer) instead. | Si l'augmentation de la taille de la partition d'échange ne change rien, essayez de créer un système ext2 (qui est un composant essentiel de l'installateur).",
    })
    void theHeadWithTheContextsWordsIsAnEllipsis(String term, String usual, String rendering, String source,
                                                String target) {
        assertThat(ELLIPSIS.reason(occurrence(term, source, target), deviation(term, rendering), usual(term, usual)))
                .contains("ellipsis");
    }

    @ParameterizedTest(name = "“{1}” for “{0}” is no ellipsis")
    @CsvSource(delimiter = '|', value = {
        // the judged real findings: another word in the place of one of the usual rendering's
        "manual partitioning | partitionnement manuel | partitionnement automatique | If you choose manual partitioning, you can use the installer to resize existing FAT or NTFS partitions to create room for the Debian install: simply select the partition and specify its new size. | Si vous utilisez le partitionnement automatique, vous pouvez redimensionner une partition FAT ou NTFS avec l'installateur pour faire de la place à Debian : choisissez simplement la partition et indiquez la taille voulue.",
        "web server | serveur web | service web | These tasks loosely represent a number of different jobs or things you want to do with your computer, such as \"Desktop environment\", \"Web server\", or \"SSH server\". | Ces tâches représentent grosso modo les différents travaux qu'on peut faire avec son ordinateur, par exemple de la « bureautique », du « service web » ou encore du « serveur SSH ».",
        "mailing list | liste de diffusion | liste de discussion | Patches submitted to the debian-boot mailing list (see below) are welcomed. | On peut envoyer des correctifs à la liste de discussion debian-boot, voyez plus bas.",
        // a word of the term that the usual rendering renders, rendered otherwise
        "partition table | table des partitions | table de partitionnement | Booting from a disk with GPT is only possible in native UEFI mode, but using GPT becomes more and more common as hard disk sizes grow, because the classic DOS partition table cannot address disks larger than about 2 Terabytes while GPT allows for far larger disks. | Amorcer depuis un disque avec GPT n'est possible qu'en mode UEFI natif, mais utiliser GPT devient de plus en plus commun à mesure que les disques grossissent, car la table de partitionnement DOS classique ne peut pas adresser des disques de plus de 2 Téraoctets alors que GPT le permet.",
        // bead 573 with "new" taken out of the source: "nouveau" renders nothing there
        "operating system | système d'exploitation | nouveau système | Booting from USB media is the standard way of installing an operating system on them. | L'installation d'un nouveau système peut se faire par une clé USB.",
    })
    void anotherWordOfTheTermIsNoEllipsis(String term, String usual, String rendering, String source, String target) {
        assertThat(ELLIPSIS.reason(occurrence(term, source, target), deviation(term, rendering), usual(term, usual)))
                .isNull();
    }

    /**
     * The Debian Administrator's Handbook (fr → en), the judged real finding of its bead 593: the
     * added "source" is no ellipsis of "source (dépôt)", which "package source" renders already.
     */
    @org.junit.jupiter.api.Test
    void aContextWordRenderedElsewhereMakesNoEllipsis() {
        String source = "source (dépôt) de paquets binaires";
        String target = "package source (repository) of source packages";
        Occurrence o = occurrence(FR, EN, "paquets binaires", source, target);
        ContextualEllipsis frEn = new ContextualEllipsis(
                BilingualLexicon.forPair(Language.of("fr"), Language.of("en"))
                        .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
                        .orElseThrow()::strength,
                RenderingDeclarations.bundled().head("en"));
        List<TaggedToken> usualWords = EN.tag("binary packages");
        List<String> lemmas = usualWords.stream().map(TaggedToken::lemma).toList();
        UsualRendering usual = new UsualRendering("binary packages", TermText.stems(lemmas), lemmas, 3, Map.of(), Set.of(),
                true, new UsualRendering.Frame("paquet binaire", usualWords, Map.of(), false));

        assertThat(frEn.reason(o, deviation("paquets binaires", "source packages"), usual)).isNull();
        // the same rendering where "source" has no other rendering is the head with its context's word
        Occurrence alone = occurrence(FR, EN, "paquets binaires", source, "repository of source packages");
        assertThat(frEn.reason(alone, deviation("paquets binaires", "source packages"), usual)).contains("'source'");
    }

    /**
     * TeXworks' manual (en → fr, texworks-help 20210308), bead 270 with "régulières" changed by
     * hand: "rationnelles" stands where the usual rendering has "régulières", so the aligner's
     * link of that hapax to "provide" beside the term makes no ellipsis of it; a word the
     * dictionary relates to a context word still does.
     */
    @org.junit.jupiter.api.Test
    void aWordInTheDroppedWordsPlaceNeedsMoreThanTheAlignersLink() {
        String source = "The regular expressions provide a very powerful tool, but they require some effort to be well understood.";
        String target = "Les expressions rationnelles forment un outil très performant, mais qu’il convient de bien comprendre.";
        Occurrence o = occurrence("regular expressions", source, target);
        // "provide" is source word 3, "rationnelles" target word 2: the aligner's surest link of it
        OrientedUnit linked = new OrientedUnit(0, 1.0, false, o.unit().from(), o.unit().to(),
                List.of(new WordLink(3, 2, 0.7)));
        Occurrence withLink = new Occurrence(linked, o.term(), o.spotted(), false);
        UsualRendering usual = usual("regular expressions", "expressions régulières");

        assertThat(ELLIPSIS.reason(withLink, deviation("regular expressions", "expressions rationnelles"), usual)).isNull();
        assertThat(ContextualEllipsis.substitutes(FR.tag("expressions rationnelles"), 1, FR.tag("expressions régulières")))
                .isTrue();
        assertThat(ContextualEllipsis.substitutes(FR.tag("système ext2"), 1, FR.tag("système de fichiers"))).isFalse();
    }

    private static Occurrence occurrence(String term, String source, String target) {
        return occurrence(EN, FR, term, source, target);
    }

    private static Occurrence occurrence(Tagger sourceTagger, Tagger targetTagger, String term, String source,
                                         String target) {
        return TermOccurrences.of(sourceTagger, targetTagger, term, source, target);
    }

    private static Deviation deviation(String term, String rendering) {
        return TermOccurrences.deviation(term, rendering);
    }

    private static UsualRendering usual(String term, String text) {
        return TermOccurrences.usual(FR, term, text);
    }
}
