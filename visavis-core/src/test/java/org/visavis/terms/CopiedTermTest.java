package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Reference (en → fr) with a term left in English: a noun after a count
 * ("4 bytes") or beside a package's name ("des packages bsdmainutils") is the term left
 * untranslated; beside a word of the source's language ("le disk space") it is part of a passage
 * copied as it is, and a word used as a verb's object with no determiner is none.
 */
class CopiedTermTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” in “{2}”: left as in the source “{3}”")
    @CsvSource(delimiter = '|', value = {
        "bytes | They consume 4 bytes per each ASCII character data independent of locale selected. | Ils utilisent 4 bytes pour chaque caractère ASCII indépendamment de la « locale » sélectionnée. | bytes",
        "packages | Table 11.4: List of TAB conversion commands from bsdmainutils and coreutils packages | Table 11.4 – Liste des commandes de conversion de TAB des packages bsdmainutils et coreutils | packages",
        // a copied passage, and no noun
        "packages | Check the disk packages space before the upgrade. | Vérifiez le disk packages space avant la mise à niveau. | ''",
        "bytes | They consume bytes per each ASCII character data independent of locale selected. | Ils consomment bytes pour chaque caractère ASCII indépendamment de la « locale » sélectionnée. | ''",
    })
    void theTermLeftAsInTheSource(String term, String source, String target, String copy) {
        Occurrence o = TermOccurrences.of(EN, FR, term, source, target);
        assertThat(RenderingSpotter.copiedTerm(o).orElse("")).isEqualTo(copy);
    }
}
