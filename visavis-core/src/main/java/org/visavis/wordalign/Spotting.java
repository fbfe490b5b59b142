package org.visavis.wordalign;

import java.util.List;

/**
 * Where a source span is rendered: the target tokens {@code target} covering the links of the
 * span's words, the links themselves, and a confidence (0..1): the share of the span's words that
 * are linked times the links' mean confidence.
 */
public record Spotting(Span target, List<WordLink> links, double confidence) {
    public Spotting {
        links = List.copyOf(links);
    }
}
