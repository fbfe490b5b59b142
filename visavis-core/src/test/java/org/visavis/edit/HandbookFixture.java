package org.visavis.edit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * A real text for editor tests: section 1.5 of the Debian Administrator's Handbook, French and
 * English (14 and 13 sentences), read from the fixture files next to this class.
 */
public final class HandbookFixture {
    private HandbookFixture() {
    }

    public static SegmentedDocument french() {
        return read("role-of-distributions.fr.txt", Language.parse("fr-FR"));
    }

    public static SegmentedDocument english() {
        return read("role-of-distributions.en.txt", Language.parse("en-US"));
    }

    /**
     * The sentences paired one by one in order, as a naive aligner would; the French has one
     * sentence more in its fourth paragraph, so from bead 6 on the pairs are off by one and the
     * last French sentence stands alone. Confidence falls from 0.95 along the text.
     */
    public static Alignment naiveAlignment() {
        SegmentedDocument fr = french();
        SegmentedDocument en = english();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            List<Integer> target = i < en.size() ? List.of(i) : List.of();
            beads.add(Bead.auto(List.of(i), target, i < 6 ? 0.95 : 0.3));
        }
        return new Alignment(fr, en, beads);
    }

    static SegmentedDocument read(String resource, Language language) {
        String text;
        try (InputStream in = HandbookFixture.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + resource, e);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean heading = false;
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    String joined = String.join(" ", current);
                    paragraphs.add(heading ? Paragraph.heading(joined) : Paragraph.body(joined));
                    for (String s : current) {
                        segments.add(new Segment(s, paragraphs.size() - 1));
                    }
                    current.clear();
                    heading = false;
                }
                continue;
            }
            if (line.startsWith("= ")) {
                heading = true;
                line = line.substring(2);
            }
            current.add(line.strip());
        }
        return new SegmentedDocument("sect.role-of-distributions.html", language, paragraphs, segments);
    }
}
