package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Side;
import org.visavis.terms.Deviation;
import org.visavis.terms.TermRenderings;

/** A term finding's reason names the evidence that made it, not always the word aligner. */
class DeviationReasonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DICTIONARY | the dictionary (or the spelling) relates “open source software” to “logiciels libres”",
            "SHARES_WORD | “open source software” shares a word with “free software”",
            "ANOTHER_TERMS_RENDERING | “open source software” is how the text renders another term",
            "WORD_FAMILY | is of the word family of “free software”",
            "RENDERED_ELSEWHERE | the text renders “logiciels libres” as “open source software” in bead 41 too",
            "LINKED | only the word aligner links “logiciels libres” to “open source software”",
            "WEAKLY_LINKED | and weakly",
            "UNLINKED_NOUN | the word aligner links nothing to “logiciels libres”",
    })
    void namesTheEvidence(Deviation.Basis basis, String says) {
        Deviation slip = new Deviation(30, Deviation.Kind.OTHER, "logiciels libres", "open source software", 0.6, 0.9,
                Set.of("open source software"), basis);
        Deviation elsewhere = new Deviation(40, Deviation.Kind.OTHER, "logiciels libres", "open source software", 0.6,
                0.9, Set.of("open source software"), basis);
        TermRenderings t = new TermRenderings("logiciels libres", "logiciel libre", "free software",
                IntStream.range(0, 10).boxed().toList(), List.of(slip, elsewhere), 12);
        String reason = DeviationReason.other(t, List.of(slip), Side.SOURCE);
        assertThat(reason).contains(says);
        if (basis != Deviation.Basis.LINKED && basis != Deviation.Basis.WEAKLY_LINKED) {
            assertThat(reason).doesNotContain("only the word aligner");
        }
    }
}
