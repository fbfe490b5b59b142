package org.visavis.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.visavis.lang.WordList;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Turns the pages of lines that PDF or plain-text extraction gives into paragraphs: running
 * headers and page numbers dropped, footnotes taken off each page, wrapped lines and hyphenated
 * words joined across lines and pages, note markers taken out of the text and the notes attached
 * to their paragraphs, headings marked.
 *
 * <pre>{@code
 * List<Paragraph> ps = new PageLayoutRepair(wordList, Set.of()).repair(PlainTextPages.of(text));
 * }</pre>
 */
final class PageLayoutRepair {

    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:(?:chapter|chapitre|appendix|annexe)\\s+)?"
            + "(?:[0-9]+|[A-Z])(?:\\.[0-9]+)*\\.?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,…][\"'”’»)\\]]*$");
    private static final Pattern LEADING_LETTER = Pattern.compile("^[\"'“‘«]?[\\p{L}\\p{N}]");
    private static final int MAX_HEADING_WORDS = 16;

    private final Optional<WordList> wordList;
    private final Set<String> outline;

    /** {@code outline}: the document's own list of heading titles (PDF bookmarks), maybe empty. */
    PageLayoutRepair(Optional<WordList> wordList, Collection<String> outline) {
        this.wordList = wordList;
        Set<String> titles = new HashSet<>();
        outline.forEach(t -> titles.add(titleKey(t)));
        this.outline = titles;
    }

    List<Paragraph> repair(PlainTextPages input) {
        List<List<String>> pages = input.pages().size() >= 3
                ? new RunningHeaderFilter().filter(input.pages()) : input.pages();
        FootnoteExtractor extractor = new FootnoteExtractor();
        List<String> lines = new ArrayList<>();
        List<String> allLines = new ArrayList<>();
        List<FootnoteBlock> notes = new ArrayList<>();
        List<Integer> noteLine = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                // A page break is no paragraph break of its own: it spaces like any two lines.
                for (int g = 0; g < input.lineGap(); g++) {
                    lines.add("");
                }
            }
            PageBody body = extractor.extract(pages.get(p), nextNoteLabel(notes));
            lines.addAll(withoutTrailingBlanks(body.lines()));
            for (FootnoteBlock note : body.notes()) {
                notes.add(note);
                noteLine.add(lines.size());
                allLines.addAll(note.lines());
            }
        }
        allLines.addAll(lines);
        if (!outline.isEmpty()) {
            lines = withHeadingsApart(lines, input.lineGap());
        }
        HyphenationRepair hyphenation = new HyphenationRepair(DocumentVocabulary.of(allLines), wordList);
        int width = LineJoiner.measure(lines);
        List<JoinedParagraph> joined = new LineJoiner(input.lineGap(), width, hyphenation).join(lines);

        List<Paragraph> paragraphs = new ArrayList<>();
        for (JoinedParagraph j : joined) {
            ParagraphKind kind = isHeading(j, width) ? ParagraphKind.HEADING : ParagraphKind.BODY;
            paragraphs.add(new Paragraph(j.text(), kind, List.of()));
        }
        List<PlacedNote> placed = new ArrayList<>();
        for (int n = 0; n < notes.size(); n++) {
            placed.add(new PlacedNote(new Note(notes.get(n).label(), noteText(notes.get(n), hyphenation)),
                    lastParagraphBefore(joined, noteLine.get(n))));
        }
        return new NoteMarkerRemover().attach(paragraphs, placed);
    }

    /** PDF extraction often runs a heading into the paragraph below; the outline knows better. */
    private List<String> withHeadingsApart(List<String> lines, int lineGap) {
        List<String> apart = new ArrayList<>(lines.size());
        for (String line : lines) {
            boolean heading = !line.isBlank() && outline.contains(titleKey(line));
            if (heading) {
                apart.addAll(Collections.nCopies(lineGap + 1, ""));
            }
            apart.add(line);
            if (heading) {
                apart.addAll(Collections.nCopies(lineGap + 1, ""));
            }
        }
        return apart;
    }

    private static int nextNoteLabel(List<FootnoteBlock> notes) {
        if (notes.isEmpty()) {
            return 1;
        }
        String last = notes.get(notes.size() - 1).label();
        return last.chars().allMatch(Character::isDigit) ? Integer.parseInt(last) + 1 : 1;
    }

    /** The blank space at a page foot says nothing about the paragraph running over to the next page. */
    private static List<String> withoutTrailingBlanks(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    private boolean isHeading(JoinedParagraph p, int width) {
        String text = p.text();
        if (!outline.isEmpty()) {
            return p.lineCount() <= 2 && outline.contains(titleKey(text));
        }
        return p.lineCount() <= 2
                && text.length() < (p.lineCount() == 1 ? 0.6 * width : width)
                && LEADING_LETTER.matcher(text).find()
                && !SENTENCE_END.matcher(text).find()
                && text.split("\\s+").length <= MAX_HEADING_WORDS
                && text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static String titleKey(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        // Case counts: the outline's "Make" is a heading, a code line "make" is not.
        return SECTION_NUMBER.matcher(t).replaceFirst("");
    }

    private static String noteText(FootnoteBlock note, HyphenationRepair hyphenation) {
        StringBuilder text = new StringBuilder();
        for (String line : note.lines()) {
            hyphenation.append(text, line.strip());
        }
        return text.toString();
    }

    private static int lastParagraphBefore(List<JoinedParagraph> joined, int line) {
        int last = 0;
        for (int i = 0; i < joined.size() && joined.get(i).firstLine() < line; i++) {
            last = i;
        }
        return last;
    }
}
