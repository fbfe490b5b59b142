package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Paragraph;

/**
 * Puts the inline codes Okapi found on the paragraphs Tika found: Tika knows the structure better
 * (a DOCX's heading styles and footnotes, which Okapi's filter gives as plain text units elsewhere
 * in the file; HTML's code blocks and page titles), Okapi the formatting inside a paragraph. Paragraphs are matched in order by equal text; a Tika
 * paragraph without an Okapi paragraph of the same text keeps no codes, so a difference between
 * the two readings costs the formatting of that paragraph, never its text.
 */
final class CodeOverlay {

    /** How far ahead in Okapi's paragraphs a match is looked for (Okapi may have extra ones: images' names, titles). */
    private static final int LOOK_AHEAD = 50;

    private CodeOverlay() {
    }

    static List<Paragraph> overlay(List<Paragraph> structure, List<Paragraph> coded) {
        List<Paragraph> result = new ArrayList<>(structure.size());
        int next = 0;
        for (Paragraph p : structure) {
            int found = -1;
            for (int k = next; k < Math.min(coded.size(), next + LOOK_AHEAD); k++) {
                if (coded.get(k).text().equals(p.text())) {
                    found = k;
                    break;
                }
            }
            if (found >= 0) {
                result.add(new Paragraph(p.text(), p.kind(), p.notes(), coded.get(found).codes()));
                next = found + 1;
            } else {
                result.add(p);
            }
        }
        return result;
    }
}
