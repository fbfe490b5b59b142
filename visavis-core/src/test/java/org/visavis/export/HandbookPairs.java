package org.visavis.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Real French-English sentence pairs of the Debian Handbook (handbook-pairs.tsv), aligned 1-1. */
record HandbookPairs(List<Integer> paragraphs, List<String> french, List<String> english) {

    static final Language FR = Language.parse("fr-FR");
    static final Language EN = Language.parse("en-US");

    static HandbookPairs load() {
        List<Integer> paragraphs = new ArrayList<>();
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        try (InputStream in = HandbookPairs.class.getResourceAsStream("handbook-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                paragraphs.add(Integer.parseInt(f[0]) - 1);
                french.add(f[1]);
                english.add(f[2]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new HandbookPairs(paragraphs, french, english);
    }

    Alignment alignment() {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < french.size(); i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 0.9));
        }
        return new Alignment(document("fr-FR.html", FR, french), document("en-US.html", EN, english), beads);
    }

    /** The French sentences as plain text, one paragraph per line with blank lines between. */
    String frenchText() {
        Map<Integer, StringBuilder> byParagraph = new LinkedHashMap<>();
        for (int i = 0; i < french.size(); i++) {
            StringBuilder sb = byParagraph.computeIfAbsent(paragraphs.get(i), p -> new StringBuilder());
            sb.append(sb.length() == 0 ? "" : " ").append(french.get(i));
        }
        return String.join("\n\n", byParagraph.values()) + "\n";
    }

    private SegmentedDocument document(String name, Language lang, List<String> sentences) {
        List<Paragraph> paras = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int count = paragraphs.get(paragraphs.size() - 1) + 1;
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences.size(); i++) {
                if (paragraphs.get(i) == p) {
                    text.append(text.length() == 0 ? "" : " ").append(sentences.get(i));
                }
            }
            paras.add(Paragraph.body(text.toString()));
        }
        for (int i = 0; i < sentences.size(); i++) {
            segments.add(new Segment(sentences.get(i), paragraphs.get(i)));
        }
        return new SegmentedDocument(name, lang, paras, segments);
    }
}
