package org.visavis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.lang.WordList;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Turns the pages of lines that PDF or plain-text extraction gives into paragraphs: running
 * headers and page numbers dropped ({@link RunningHeaderFilter}), tables of contents taken out
 * ({@link ContentsPages}), footnotes taken off each page ({@link FootnoteExtractor}), block
 * continuation labels dropped ({@link RepeatedBodyEdges}), wrapped lines and hyphenated
 * words joined across lines and pages, wrapped titles joined ({@link WrappedTitles}), note markers taken out of the text and the notes attached
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
    /** A heading starts with a capital, a digit or a letter of a script without case. */
    private static final Pattern LEADING_LETTER = Pattern.compile("^[\"'“‘«]?[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]");
    private static final int MAX_HEADING_RUN = 2;
    private static final double SHORT_HEADING = 0.6;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int TITLE_SLACK = 24;
    private static final Pattern HEADING_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)*\\.?|[IVXLC]+|[A-Z]");
    private static final int MAX_HEADING_WORDS = 16;

    private final Optional<WordList> wordList;
    private final Set<String> outline;
    private final int longestTitle;

    /** {@code outline}: the document's own list of heading titles (PDF bookmarks), maybe empty. */
    PageLayoutRepair(Optional<WordList> wordList, Collection<String> outline) {
        this.wordList = wordList;
        Set<String> titles = new HashSet<>();
        outline.forEach(t -> titles.add(titleKey(t)));
        this.outline = titles;
        // Section numbers and spacing come on top of the bookmark's title.
        this.longestTitle = outline.stream().mapToInt(String::length).max().orElse(0) + TITLE_SLACK;
    }

    List<Paragraph> repair(PlainTextPages input) {
        List<List<String>> unlisted = input.pages().size() >= 2 ? new RunningHeaderFilter().filter(input.pages()) : input.pages();
        Set<String> titles = new HashSet<>(outline);
        // Read before the running lines go: a contents page's first entry sits where a header would.
        ContentsPages.titles(input.pages()).forEach(t -> titles.add(titleKey(t)));
        List<List<String>> pages = ContentsPages.without(unlisted);
        FootnoteExtractor extractor = new FootnoteExtractor();
        List<String> lines = new ArrayList<>();
        List<String> allLines = new ArrayList<>();
        List<FootnoteBlock> notes = new ArrayList<>();
        List<Integer> noteLine = new ArrayList<>();
        List<Integer> notePageStart = new ArrayList<>();
        List<PageBody> bodies = new ArrayList<>(pages.size());
        List<FootnoteBlock> found = new ArrayList<>();
        for (List<String> page : pages) {
            PageBody body = extractor.extract(page, nextNoteLabel(found));
            if (!bodies.isEmpty()) {
                List<PageBody> carried = NoteContinuation.carried(bodies.get(bodies.size() - 1), body, input.lineGap());
                bodies.set(bodies.size() - 1, carried.get(0));
                body = carried.get(1);
            }
            bodies.add(body);
            found.addAll(body.notes());
        }
        List<List<String>> texts = RepeatedBodyEdges.without(bodies.stream().map(PageBody::lines).toList());
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                // A page break is no paragraph break of its own: it spaces like any two lines.
                for (int g = 0; g < input.lineGap(); g++) {
                    lines.add("");
                }
            }
            int pageStart = lines.size();
            List<String> bodyLines = DotLeaders.strip(withoutBlankEdges(texts.get(p)));
            // Per page, so that the line indexes of the notes stay true.
            lines.addAll(outline.isEmpty() ? bodyLines : withHeadingsApart(bodyLines, input.lineGap()));
            for (FootnoteBlock note : bodies.get(p).notes()) {
                notes.add(note);
                noteLine.add(lines.size());
                notePageStart.add(pageStart);
                allLines.addAll(note.lines());
            }
        }
        allLines.addAll(lines);
        HyphenationRepair hyphenation = new HyphenationRepair(DocumentVocabulary.of(allLines), wordList);
        int width = LineJoiner.measure(lines);
        List<JoinedParagraph> joined = WrappedTitles.joined(new LineJoiner(input.lineGap(), width, hyphenation).join(lines),
                titles, PageLayoutRepair::titleKey, PageLayoutRepair::isHeadingLabel);

        boolean[] headings = headings(joined, width, input.lineGap());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            paragraphs.add(new Paragraph(joined.get(i).text(), headings[i] ? ParagraphKind.HEADING : ParagraphKind.BODY,
                    List.of()));
        }
        List<PlacedNote> placed = new ArrayList<>();
        for (int n = 0; n < notes.size(); n++) {
            placed.add(new PlacedNote(new Note(notes.get(n).label(), noteText(notes.get(n), hyphenation)),
                    lastParagraphBefore(joined, notePageStart.get(n) + 1), lastParagraphBefore(joined, noteLine.get(n))));
        }
        return new NoteMarkerRemover().attach(paragraphs, placed);
    }

    /** PDF extraction often runs a heading into the paragraph below; the outline knows better. */
    private List<String> withHeadingsApart(List<String> lines, int lineGap) {
        List<String> apart = new ArrayList<>(lines.size());
        for (String line : lines) {
            boolean heading = !line.isBlank() && line.length() <= longestTitle && outline.contains(titleKey(line));
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

    /**
     * The blank space at a page foot and head (where running lines were) says nothing about the
     * paragraph running over to the next page.
     */
    private static List<String> withoutBlankEdges(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int start = 0;
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        return lines.subList(start, end);
    }

    private boolean[] headings(List<JoinedParagraph> joined, int width, int lineGap) {
        boolean[] headings = new boolean[joined.size()];
        for (int i = 0; i < joined.size(); i++) {
            headings[i] = isHeading(joined.get(i), width) || lineGap > 0 && isSetApart(joined.get(i), width, lineGap);
        }
        if (outline.isEmpty()) {
            // Three short lines in a row are table cells or a list, not a title and its subtitle.
            int runStart = 0;
            for (int i = 0; i <= headings.length; i++) {
                if (i == headings.length || !headings[i]) {
                    if (i - runStart > MAX_HEADING_RUN) {
                        Arrays.fill(headings, runStart, i, false);
                    }
                    runStart = i + 1;
                }
            }
        }
        for (int i = 0; i + 1 < joined.size(); i++) {
            headings[i] |= headings[i + 1] && isHeadingLabel(joined.get(i));
        }
        return headings;
    }

    private boolean isHeading(JoinedParagraph p, int width) {
        String text = p.text();
        if (!outline.isEmpty()) {
            return p.lineCount() <= 2 && outline.contains(titleKey(text));
        }
        return p.lineCount() <= 2
                && text.length() < (p.lineCount() == 1 ? SHORT_HEADING * width : width)
                && LEADING_LETTER.matcher(text).find()
                && !SENTENCE_END.matcher(text).find()
                && WHITESPACE.split(text).length <= MAX_HEADING_WORDS
                && text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /**
     * In double-spaced text, paragraphs follow each other at the line spacing; a short line with
     * wider space above and below is a heading even when it ends with a full stop ("The question
     * of class unity.").
     */
    private boolean isSetApart(JoinedParagraph p, int width, int lineGap) {
        return outline.isEmpty()
                && p.lineCount() == 1
                && p.blanksBefore() > lineGap && p.blanksAfter() > lineGap
                && p.text().length() < SHORT_HEADING * width
                && LEADING_LETTER.matcher(p.text()).find();
    }

    /** "Chapter 1", "Annexe A", "1.1.4" set above a heading: part of it, in any language. */
    private static boolean isHeadingLabel(JoinedParagraph p) {
        String[] words = WHITESPACE.split(p.text());
        return p.lineCount() == 1 && words.length <= 2 && HEADING_NUMBER.matcher(words[words.length - 1]).matches();
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
