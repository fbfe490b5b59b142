package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LowestBitTest {

    @Test
    void givesTheLibrarysTrailingZerosForEverySingleBitAndMixedMasks() {
        for (int i = 0; i < 64; i++) {
            assertThat(LowestBit.index(1L << i)).as("bit %d", i).isEqualTo(i);
            assertThat(LowestBit.index(-1L << i)).as("bits %d..63", i).isEqualTo(i);
        }
        Random random = new Random(15);
        for (int x = 0; x < 10_000; x++) {
            long mask = random.nextLong() & random.nextLong() & random.nextLong();
            if (mask != 0) {
                assertThat(LowestBit.index(mask)).isEqualTo(Long.numberOfTrailingZeros(mask));
            }
        }
    }
}
