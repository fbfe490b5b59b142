package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Edu Bookworm manual (debian-edu-doc 2.12, en → fr): the heading "22.1.
 * Volunteer based support" stands twice (the table of contents and the chapter), both times
 * "Assistance fournie par des bénévoles", where the aligner links "support" to "bénévoles". The
 * repeated heading is one witness of that rendering, not two; another sentence that has it is a
 * second one, and so is the same heading with another rendering spotted.
 */
class RepeatedSentencesTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final String HEADING = "22.1. Volunteer based support";
    private static final String HEADING_FR = "22.1. Assistance fournie par des bénévoles";

    @Test
    void aRepeatedHeadingWithTheSameRenderingCountsOnce() {
        Occurrence contents = occurrence(HEADING, HEADING_FR, "bénévoles");
        Occurrence chapter = occurrence("Volunteer based  support", "Assistance fournie par des bénévoles", "bénévoles");
        assertThat(RepeatedSentences.once(List.of(contents, chapter))).containsExactly(contents);
        assertThat(UsualRenderingChoice.spottedCounts(RepeatedSentences.once(List.of(contents, chapter))))
                .containsEntry(contents.spottedStems(), 1);
    }

    @Test
    void anotherSentenceOrAnotherRenderingIsAnotherWitness() {
        Occurrence contents = occurrence(HEADING, HEADING_FR, "bénévoles");
        Occurrence other = occurrence("Support is given by volunteers.", "L'assistance est fournie par des bénévoles.",
                "bénévoles");
        Occurrence assistance = occurrence(HEADING, HEADING_FR, "Assistance");
        assertThat(RepeatedSentences.once(List.of(contents, other, assistance)))
                .containsExactly(contents, other, assistance);
    }

    private static Occurrence occurrence(String source, String target, String spotted) {
        NounPhraseExtractor extractor = new NounPhraseExtractor();
        UnitSide from = UnitSide.of(EN.tag(source), source, extractor);
        UnitSide to = UnitSide.of(FR.tag(target), target, extractor);
        int k = index(from.tokens(), "support");
        int s = index(to.tokens(), spotted);
        TaggedToken t = to.tokens().get(s);
        CandidateTerm c = new CandidateTerm("support", "support", from.tokens().get(k).text(), k, k + 1);
        SpottedRendering r = new SpottedRendering(t.text(), List.of(t.lemma()), TermText.stems(List.of(t.lemma())),
                s, s + 1, 0.6, true, false);
        return new Occurrence(new OrientedUnit(0, 1.0, false, from, to, List.of()), c, Optional.of(r), false);
    }

    private static int index(List<TaggedToken> tokens, String word) {
        int k = 0;
        while (!tokens.get(k).text().equalsIgnoreCase(word)) {
            k++;
        }
        return k;
    }
}
