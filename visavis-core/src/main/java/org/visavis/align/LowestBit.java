package org.visavis.align;

/**
 * The index of the lowest set bit of a long, as {@link Long#numberOfTrailingZeros} gives it, by a
 * de Bruijn multiplication and a table: small enough for the JIT's quick compiler to inline,
 * which it does not do with the library method, called for every matched word of every bead the
 * search weighs. {@code index(0b1000)} is 3.
 */
final class LowestBit {

    private static final long DE_BRUIJN = 0x03f79d71b4cb0a89L;
    private static final int[] INDEX = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            INDEX[(int) ((DE_BRUIJN << i) >>> 58)] = i;
        }
    }

    private LowestBit() {
    }

    /** For a non-zero {@code x}; 0 for 0 (where the library method gives 64). */
    static int index(long x) {
        return INDEX[(int) (((x & -x) * DE_BRUIJN) >>> 58)];
    }
}
