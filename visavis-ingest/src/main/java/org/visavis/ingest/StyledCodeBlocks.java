package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

/**
 * Code blocks of a word-processor document (DOCX, ODT): runs of paragraphs in a code style or a
 * monospace font, which Tika reads as prose paragraphs, one per line. Their text as the document
 * holds it ({@link OdfCodeParagraphs}, {@link DocxCodeParagraphs}: spaces, tabs and empty lines
 * kept) is matched in order with Tika's paragraphs (spaces aside); each run found becomes one
 * {@link Paragraph#code code paragraph}. A block not found among Tika's paragraphs leaves them as
 * they are: a difference between the two readings costs the block its kind, never its text.
 *
 * <pre>{@code
 * StyledCodeBlocks.apply(paragraphs, List.of("$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22"));
 * // the three paragraphs "$ apt-cache policy dpkg", "dpkg:", "Installed: 1.21.22" become one code paragraph
 * }</pre>
 */
final class StyledCodeBlocks {

    /** How far ahead of the last block found the next one is looked for. */
    private static final int LOOK_AHEAD = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private StyledCodeBlocks() {
    }

    static List<Paragraph> apply(List<Paragraph> paragraphs, List<String> blocks) {
        if (blocks.isEmpty()) {
            return paragraphs;
        }
        List<Paragraph> out = new ArrayList<>();
        int next = 0;
        for (String block : blocks) {
            List<String> keys = block.lines().map(StyledCodeBlocks::key).filter(k -> !k.isEmpty()).toList();
            if (keys.isEmpty()) {
                continue;
            }
            int at = find(paragraphs, keys, next);
            if (at < 0) {
                continue;
            }
            out.addAll(paragraphs.subList(next, at));
            int end = at;
            List<Note> notes = new ArrayList<>();
            for (int matched = 0; matched < keys.size(); end++) {
                String key = key(paragraphs.get(end).text());
                // Tika may keep a line of the block apart or run two into one
                matched += countLines(key, keys, matched);
                notes.addAll(paragraphs.get(end).notes());
            }
            out.add(new Paragraph(CodeBlocks.verbatim(block), org.visavis.model.ParagraphKind.CODE, notes));
            next = end;
        }
        out.addAll(paragraphs.subList(next, paragraphs.size()));
        return out;
    }

    /** The first paragraph from {@code from} where the block's lines run, in one or more paragraphs; -1 if none. */
    private static int find(List<Paragraph> paragraphs, List<String> keys, int from) {
        for (int i = from; i < Math.min(paragraphs.size(), from + LOOK_AHEAD); i++) {
            int matched = 0;
            int j = i;
            while (matched < keys.size() && j < paragraphs.size()) {
                int n = countLines(key(paragraphs.get(j).text()), keys, matched);
                if (n == 0) {
                    break;
                }
                matched += n;
                j++;
            }
            if (matched == keys.size()) {
                return i;
            }
        }
        return -1;
    }

    /** How many of the block's lines from {@code start} the paragraph's text is, run together; 0 if it is not. */
    private static int countLines(String text, List<String> keys, int start) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < keys.size(); k++) {
            sb.append(keys.get(k));
            if (sb.length() == text.length()) {
                return sb.toString().equals(text) ? k - start + 1 : 0;
            }
            if (sb.length() > text.length()) {
                return 0;
            }
        }
        return 0;
    }

    private static String key(String text) {
        return SPACES.matcher(text).replaceAll("");
    }
}
