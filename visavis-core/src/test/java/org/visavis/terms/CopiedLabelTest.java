package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Labels of the Debian installation guide (en → fr, where "Warning" is "Attention"): a unit that
 * is the term alone on both sides, its translation the source's word, is the label left
 * untranslated; the word inside a sentence, or translated, is not.
 */
class CopiedLabelTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{1}” for “{0}” is the label left untranslated")
    @CsvSource(delimiter = '|', value = {
        "Warning | Warning",
        "Warning | WARNINGS",
        "Note | Note",
    })
    void theTermAloneCopiedIsALabelLeftUntranslated(String source, String target) {
        assertThat(copiedLabel(source, target, source, target.split(" ")[0])).isTrue();
    }

    @ParameterizedTest(name = "“{1}” for “{0}” is no copied label")
    @CsvSource(delimiter = '|', value = {
        // translated
        "Warning | Attention | warning | Attention",
        // the copy inside a sentence: running text, where a determiner tells a noun
        "Warning: this erases the disk. | Warning : ceci efface le disque. | Warning | Warning",
    })
    void aTranslatedLabelOrACopyInASentenceIsNot(String source, String target, String term, String copy) {
        assertThat(copiedLabel(source, target, term, copy)).isFalse();
    }

    private static boolean copiedLabel(String source, String target, String term, String copy) {
        Occurrence o = TermOccurrences.of(EN, FR, term, source, target);
        UnitSide to = o.unit().to();
        int j = index(to.tokens(), copy);
        TaggedToken t = to.tokens().get(j);
        SpottedRendering s = new SpottedRendering(t.text(), List.of(t.lemma()), Set.of(t.lemma()), j, j + 1, 1.0, true, false);
        return CopiedLabel.of(o, s);
    }

    private static int index(List<TaggedToken> tokens, String word) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equalsIgnoreCase(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(word + " not in " + tokens);
    }
}
