package org.visavis.segment;

import java.util.List;

/**
 * Splits one paragraph into sentences. Implementations return the sentences in order, trimmed of
 * surrounding white space (typography inside is kept), with no empty ones; joined by spaces they
 * give back the paragraph's text up to white space.
 *
 * <pre>{@code
 * Segmenter s = SrxSegmenter.forLanguage(Language.of("fr"));
 * s.split("M. Dupont est arrivé. Puis la suite.");
 * // ["M. Dupont est arrivé.", "Puis la suite."]
 * }</pre>
 */
public interface Segmenter {
    List<String> split(String paragraph);
}
