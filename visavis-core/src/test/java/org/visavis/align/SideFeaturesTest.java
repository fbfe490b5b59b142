package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SideFeaturesTest {

    private static final Pattern WORD = Pattern.compile(SideFeatures.WORD);

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void wordsAreRunsOfLettersAndMarksOrOfDigits() {
        assertThat(SideFeatures.wordForms("L'e\u0301te\u0301 de 1956, ca. 8597 m : Kangchendzönga3 !"))
                .containsExactly("L", "e\u0301te\u0301", "de", "1956", "ca", "8597", "m", "Kangchendzönga", "3");
    }

    /**
     * The scan finds what the regular expression finds on every string of up to four characters
     * over an alphabet of each kind it tells apart: letters of every category (one outside the
     * BMP), the three kinds of mark, the three kinds of number (one outside the BMP), lone
     * surrogates, space and punctuation.
     */
    @Test
    void theScanAgreesWithTheRegularExpressionOnEveryShortString() {
        String[] alphabet = {"a", "\u00c9", "\u01c5", "\u02b0", "\u4e2d", new String(Character.toChars(0x1D400)),
            "\u0301", "\u0903", "\u20dd", "1", "\u2163", "\u00bd", new String(Character.toChars(0x1D7CF)),
            "\ud835", "\udc00", " ", "-", "'"};
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> differing = new ArrayList<>();
        int checked = 0;
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                for (String c : alphabet) {
                    String t = s + c;
                    if (!SideFeatures.wordForms(t).equals(byRegex(t))) {
                        differing.add(t);
                    }
                    checked++;
                    longer.add(t);
                }
            }
            strings = longer;
        }
        assertThat(differing).isEmpty();
        assertThat(checked).isGreaterThan(100_000);
    }

    /** The same on every sentence of the dev benchmarks (read from ../shared). */
    @Test
    void theScanAgreesWithTheRegularExpressionOnTheDevBenchmarks() {
        int words = 0;
        for (String sentence : AlignerFixtures.everyDevSentence()) {
            List<String> expected = byRegex(sentence);
            assertThat(SideFeatures.wordForms(sentence)).as(sentence).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).isGreaterThan(100_000);
    }
}
