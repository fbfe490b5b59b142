package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * The Debian Administrator's Handbook, chapter 10 (fr → en), where "réseau privé virtuel" is
 * "virtual private network": the same words in another order are a reordered rendering; the
 * usual order, a rewording with a function word, or a bead that writes both orders are not.
 */
class ReorderedRenderingTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final String SOURCE = "Quelle que soit la méthode choisie, l'établissement d'un réseau privé virtuel"
            + " sur SSH est très simple à mettre en œuvre.";

    @ParameterizedTest(name = "“{1}” in “{0}” is the usual rendering reordered: {2}")
    @CsvSource(delimiter = '|', value = {
        "Both methods for creating a private virtual network over SSH are quite straightforward. | private virtual network | true",
        "Both methods for creating a virtual private network over SSH are quite straightforward. | virtual private network | false",
        "Both methods for creating a network, private and virtual, over SSH are quite straightforward. | private and virtual | false",
        "A private virtual network over SSH is a virtual private network all the same. | private virtual network | false",
    })
    void theUsualWordsInAnotherOrder(String target, String spotted, boolean reordered) {
        Occurrence o = TermOccurrences.of(FR, EN, "réseau privé virtuel", SOURCE, target);
        UnitSide to = o.unit().to();
        int first = index(to.tokens(), spotted.split(" ")[0]);
        int end = first + spotted.split(" ").length;
        SpottedRendering s = new SpottedRendering(spotted, List.of(spotted.split(" ")),
                TermText.stems(List.of(spotted.split(" "))), first, end, 0.6, true, false);
        assertThat(ReorderedRendering.of(s, to, "virtual private network", "réseau privé virtuel", Map.of()))
                .isEqualTo(reordered);
        // the same words the usual rendering of another term: the order tells the two apart
        assertThat(ReorderedRendering.of(s, to, "virtual private network", "réseau privé virtuel",
                Map.of("réseau virtuel privé", s.stems()))).isFalse();
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
