package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RareWordAnchorsTest {

    /** Pairs as "s:t s:t ...", the expected chain as points after each pair. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0:0 1:1 2:2       | 1:1 2:2 3:3",
        // an outlier far off the diagonal is dropped
        "0:0 1:50 2:2 3:3  | 1:1 3:3 4:4",
        // a pair that crosses the others is dropped
        "0:0 1:5 2:2 3:3 4:4 | 1:1 3:3 4:4 5:5",
    })
    void keepsTheLongestMonotoneChain(String pairs, String expected) {
        List<int[]> in = new ArrayList<>();
        for (String p : pairs.trim().split("\\s+")) {
            String[] st = p.split(":");
            in.add(new int[] {Integer.parseInt(st[0]), Integer.parseInt(st[1])});
        }
        List<String> chain = RareWordAnchors.longestChain(in).stream().map(p -> p.i() + ":" + p.j()).toList();
        assertThat(String.join(" ", chain)).isEqualTo(expected.trim());
    }

    @org.junit.jupiter.api.Test
    void pairsSharingATargetSentenceKeepOne() {
        List<Band.Point> chain = RareWordAnchors.longestChain(List.of(new int[] {0, 0}, new int[] {1, 1},
                new int[] {2, 1}, new int[] {3, 3}));
        assertThat(chain).hasSize(3);
        for (int k = 1; k < chain.size(); k++) {
            assertThat(chain.get(k).i()).isGreaterThan(chain.get(k - 1).i());
            assertThat(chain.get(k).j()).isGreaterThan(chain.get(k - 1).j());
        }
    }
}
