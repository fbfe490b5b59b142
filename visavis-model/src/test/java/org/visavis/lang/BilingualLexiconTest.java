package org.visavis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon.WordPair;
import org.visavis.model.Language;

class BilingualLexiconTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @ParameterizedTest(name = "{0}-{1}: {2} = {3}")
    @CsvSource({
        "fr, en, chat, cat",
        "en, fr, cat, chat",
        "de, fr, hund, chien",
        "fr, de, mont, berg",
        // phrases are reduced to their longer words
        "fr, en, piscine, pool",
        // the files are named after the language that is not English or French: de-en.tsv, es-fr.tsv
        "en, de, file, datei",
        "de, en, hund, dog",
        "es, en, perro, dog",
        "fr, es, chien, perro",
        "en, pl, dog, pies",
        "nl, en, hond, dog",
        // Bokmål and Nynorsk read the Norwegian lexicon
        "nb, en, katt, cat",
    })
    void findsTheBundledLexiconInEitherDirection(String source, String target, String a, String b) {
        BilingualLexicon lexicon = BilingualLexicon.forPair(Language.of(source), Language.of(target)).orElseThrow();
        assertThat(lexicon.pairs()).contains(new WordPair(a, b));
    }

    @Test
    void everyBundledFileNamesItsDictionariesAndTheirLicence() throws IOException {
        for (String pair : List.of("fr-en", "de-fr", "de-en", "es-en", "it-fr", "ru-fr", "ar-en", "wo-fr")) {
            try (InputStream in = BilingualLexicon.class.getResourceAsStream("lexicons/" + pair + ".tsv")) {
                assertThat(in).as(pair).isNotNull();
                String first = new String(in.readNBytes(400), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
                assertThat(first).as(pair).contains("FreeDict").containsPattern("(GPL|CC-BY|public)");
            }
        }
    }

    @Test
    void linksTheWordsOfARealSentenceAndItsTranslation() {
        // The Debian Reference (GPL-2.0+), section 8.1.3, and its German translation.
        String english = "In order for the system to access a particular locale, the locale data must be compiled"
                + " from the locale database.";
        String german = "Damit das System ein bestimmtes Gebietsschema verwenden kann, müssen die entsprechenden"
                + " Locale-Daten aus der Datenbank kompiliert werden.";
        BilingualLexicon lexicon = BilingualLexicon.forPair(Language.of("en"), Language.of("de")).orElseThrow();
        // ("particular" / "bestimmtes" needs the lemma "bestimmt", which the aligner has and this test does not)
        assertThat(linked(lexicon, english, german)).contains("data", "database", "must");
        // Without a lexicon only identical strings would link: "system" and "locale".
        assertThat(linked(new BilingualLexicon(List.of()), english, german)).isEmpty();
    }

    @Test
    void composesAPairWithoutADictionaryThroughEnglishAndFrench() {
        // No FreeDict Spanish-German in the bundle: Spanish-English with German-English, and the
        // same through French.
        BilingualLexicon esDe = BilingualLexicon.forPair(Language.of("es"), Language.of("de")).orElseThrow();
        assertThat(esDe.pairs()).contains(new WordPair("perro", "hund"), new WordPair("archivo", "datei"));
        BilingualLexicon deEs = BilingualLexicon.forPair(Language.of("de"), Language.of("es")).orElseThrow();
        assertThat(deEs.pairs()).contains(new WordPair("hund", "perro"));
    }

    @Test
    void aWordsOwnEntriesLeaveOutTheWordsOfPhrasesPairedWithEachOther() {
        // FreeDict's "bonne nuit" / "good night" pairs "night" with "bonne" among the words; the
        // one-word entry "nuit" / "night" is the word's own translation
        BilingualLexicon enFr = BilingualLexicon.forPair(Language.of("en"), Language.of("fr")).orElseThrow();
        assertThat(enFr.pairs()).contains(new WordPair("night", "bonne"), new WordPair("night", "nuit"));
        assertThat(enFr.wordEntries()).contains(new WordPair("night", "nuit")).doesNotContain(new WordPair("night", "bonne"));
        assertThat(enFr.pairs()).containsAll(enFr.wordEntries());
    }

    @Test
    void hasNoLexiconForOtherPairs() {
        // Japanese is left out (its words are not split by spaces); a language with itself has none
        assertThat(BilingualLexicon.forPair(Language.of("ja"), Language.of("en"))).isEmpty();
        assertThat(BilingualLexicon.forPair(Language.of("en"), Language.of("en"))).isEmpty();
    }

    /** The words of the source sentence that the lexicon pairs with a word of the target sentence. */
    private static Set<String> linked(BilingualLexicon lexicon, String source, String target) {
        Set<String> targetWords = words(target);
        Set<String> sourceWords = words(source);
        return lexicon.pairs().stream()
                .filter(p -> sourceWords.contains(p.source()) && targetWords.contains(p.target()))
                .filter(p -> !p.source().equals(p.target()))
                .map(WordPair::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> words(String sentence) {
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
