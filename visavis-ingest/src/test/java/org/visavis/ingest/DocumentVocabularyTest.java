package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentVocabularyTest {

    private static final DocumentVocabulary VOCABULARY = DocumentVocabulary.of(List.of(
            "Self-organisation is the first act of the revolution; it then becomes an obstacle",
            "name of an ideal self-organisation, in which it constitutes a process without end, creates a tension within self-",
            "organisation; it indicates the content of that which is to be superseded: the impasse of self-organisation,",
            "starting with co-ordination between the"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "self-organisation, true",
        "Self-Organisation, true",
        "revolution, true",
        "self, true",
        "organisation, true",
        "selforganisation, false",
        "co-ordination, true",
        "obstacles, false",
    })
    void containsTheWordsTheDocumentSpellsInFull(String word, boolean contained) {
        assertThat(VOCABULARY.contains(word)).isEqualTo(contained);
    }

    @ParameterizedTest(name = "{0}-{1} -> {2}")
    @CsvSource({
        "co, ordinate, true",
        "co, operation, false",
        "self, organising, true",
        "self, management, false",
    })
    void knowsWhichPrefixesTheDocumentHyphenates(String before, String after, boolean hyphenated) {
        assertThat(VOCABULARY.hyphenates(before, after)).isEqualTo(hyphenated);
    }

    @Test
    void theRestOfABrokenWordIsNoWordButABreak() {
        // Chromium's text comes with a blank line between the lines of a paragraph.
        DocumentVocabulary v = DocumentVocabulary.of(List.of(
                "It supposes that struggles over im-", "", "mediate demands are stepping stones",
                "in the activity of packaging: debian-", "qa@lists.debian.org tries"));
        assertThat(v.contains("mediate")).isFalse();
        assertThat(v.contains("demands")).isTrue();
        assertThat(v.lineEndBreaks()).containsExactly(new DocumentVocabulary.LineEndBreak("im", "mediate"),
                new DocumentVocabulary.LineEndBreak("debian", "qa"));
    }
}
