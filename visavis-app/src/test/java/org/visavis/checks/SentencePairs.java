package org.visavis.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/** Builds fr→en alignments of 1-1 beads from sentence pairs, for the checks' tests. */
final class SentencePairs {
    private SentencePairs() {
    }

    static Alignment alignment(List<String[]> pairs) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (String[] p : pairs) {
            beads.add(Bead.auto(List.of(fr.size()), List.of(en.size()), 0.9));
            fr.add(p[0]);
            en.add(p[1]);
        }
        return new Alignment(SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), fr),
                SegmentedDocument.ofSentences("en.txt", Language.of("en"), en), beads);
    }

    static Alignment alignment(String[]... pairs) {
        return alignment(List.of(pairs));
    }

    /** The lines of a resource (an absolute resource path), blank ones kept. */
    static List<String> lines(String resource) {
        try (InputStream in = SentencePairs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tab-separated pairs of a fixture, comment lines left out. */
    static List<String[]> read(String resource) {
        try (InputStream in = SentencePairs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            List<String[]> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    pairs.add(line.split("\t", 2));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
