package org.visavis.terms;

import java.util.List;
import java.util.Set;

/**
 * A rendering spotted on the other side of a unit: its text, its lemmas and stems (the comparison
 * key), its tokens {@code [firstToken, endToken)}, the word aligner's confidence, whether it is a
 * noun phrase ({@code nominal}), and whether its words are {@code claimed} by a source word outside
 * the term that renders them more surely.
 */
record SpottedRendering(String text, List<String> lemmas, Set<String> stems, int firstToken, int endToken,
                        double confidence, boolean nominal, boolean claimed) {
}
