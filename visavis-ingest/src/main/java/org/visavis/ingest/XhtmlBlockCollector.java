package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.InputLimit;
import org.visavis.model.Note;
import org.visavis.model.ParagraphKind;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML SAX events into {@link TextBlock}s: every block element ({@code p},
 * {@code h1..h6}, {@code li}, {@code div}, table cells, ...) closes the text gathered so far, so
 * text that sits directly in a {@code div} still becomes its own block. PDF pages arrive as
 * {@code <div class="page">}; bookmark lists outside the pages become the outline. Footnotes of
 * word processors become notes of their paragraph: ODT's {@code <p class="note">} inside it,
 * DOCX's {@code <div class="footnote">} after it (its marker "[footnoteRef:2]" leaves the text).
 * Past {@link InputLimit#NESTING_DEPTH} nested elements or {@link InputLimit#TEXT_CHARS}
 * characters it stops the parse with a {@link LimitReached}.
 */
final class XhtmlBlockCollector extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "dt", "dd", "td", "th", "tr", "pre",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside", "header", "footer",
            "figcaption", "caption", "table", "ul", "ol", "dl", "body", "nav");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");
    private static final Set<String> NOTE_CLASSES = Set.of("note", "footnote", "endnote");
    /** Class or id words of web-page chrome (navigation bars, site banners): not part of the text. */
    private static final Set<String> CHROME = Set.of("nav", "navbar", "navigation", "docnav", "navheader", "navfooter",
            "breadcrumb", "breadcrumbs", "banner", "skip-link");
    private static final Pattern DOCX_NOTE_MARKER = Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");
    private static final Pattern NOTE_LABEL = Pattern.compile("^(\\d{1,3}|[*†‡]+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f\\u000B]+");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<String> outline = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder title = new StringBuilder();
    private int page;
    private int pageCount;
    private int pageDepth;
    private int depth;
    private int skipDepth;
    private int headingDepth;
    private boolean inTitle;
    private final StringBuilder noteText = new StringBuilder();
    private final List<Note> pendingNotes = new ArrayList<>();
    private int noteDepth;
    private boolean noteFollowsParagraph;
    private int notesSeen;
    private final long maxDepth = InputLimit.NESTING_DEPTH.value();
    private final long maxChars = InputLimit.TEXT_CHARS.value();
    private long chars;

    /** The document passes an {@link InputLimit}; {@link #message} says which, for the file named. */
    static final class LimitReached extends SAXException {
        private final InputLimit limit;
        private final String what;

        LimitReached(InputLimit limit, String what) {
            super(what + " " + limit.describe());
            this.limit = limit;
            this.what = what;
        }

        String message(String file) {
            return limit.exceeded(file, what);
        }
    }

    private static boolean isChrome(String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        for (String w : WHITESPACE.split(words.strip().toLowerCase(Locale.ROOT))) {
            if (CHROME.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws LimitReached {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        depth++;
        if (depth > maxDepth) {
            throw new LimitReached(InputLimit.NESTING_DEPTH, "elements nest more than");
        }
        if (name.equals("title")) {
            inTitle = true;
            return;
        }
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        String cls = atts.getValue("class");
        if (name.equals("div") && ("annotation".equals(cls) || "package-entry".equals(cls))) {
            // PDF link targets and EPUB files outside the reading order (the table of contents):
            // not part of the running text.
            skipDepth++;
            return;
        }
        if (isChrome(cls) || isChrome(atts.getValue("id"))) {
            skipDepth++;
            return;
        }
        if (noteDepth > 0) {
            return;
        }
        if ((name.equals("p") || name.equals("div")) && cls != null && NOTE_CLASSES.contains(cls)) {
            noteDepth = depth;
            noteFollowsParagraph = name.equals("div");
            return;
        }
        if (name.equals("br")) {
            text.append('\n');
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
        }
        if (name.equals("div") && "page".equals(cls)) {
            pageCount++;
            page = pageCount;
            pageDepth = depth;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            headingDepth = depth;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        if (name.equals("title")) {
            inTitle = false;
        } else if (skipDepth > 0) {
            skipDepth--;
        } else if (noteDepth > 0) {
            if (depth == noteDepth) {
                endNote();
            } else if (BLOCKS.contains(name)) {
                noteText.append(' ');
            }
        } else if (BLOCKS.contains(name)) {
            flush();
            if (depth == headingDepth) {
                headingDepth = 0;
            }
            if (depth == pageDepth) {
                pageDepth = 0;
                page = 0;
            }
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws LimitReached {
        chars += length;
        if (chars > maxChars) {
            throw new LimitReached(InputLimit.TEXT_CHARS, "the document has more text than");
        }
        if (inTitle) {
            title.append(ch, start, length);
        } else if (noteDepth > 0) {
            noteText.append(ch, start, length);
        } else if (skipDepth == 0) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws LimitReached {
        characters(ch, start, length);
    }

    private void endNote() {
        noteDepth = 0;
        notesSeen++;
        String t = WHITESPACE.matcher(noteText).replaceAll(" ").strip();
        noteText.setLength(0);
        if (t.isEmpty()) {
            return;
        }
        // ODT writes the printed label before the text; DOCX only numbers its notes in order.
        Matcher labelled = NOTE_LABEL.matcher(t);
        Note note = labelled.matches() ? new Note(labelled.group(1), labelled.group(2))
                : new Note(Integer.toString(notesSeen), t);
        if (noteFollowsParagraph && !blocks.isEmpty() && text.toString().isBlank()) {
            blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).withNote(note));
        } else {
            pendingNotes.add(note);
        }
    }

    private void flush() {
        if (text.toString().isBlank()) {
            text.setLength(0);
            return;
        }
        String t = DOCX_NOTE_MARKER.matcher(text).replaceAll("");
        text.setLength(0);
        if (pageCount > 0 && page == 0) {
            // After the pages of a PDF come its bookmarks, one list item per entry.
            outline.add(t.strip());
            return;
        }
        blocks.add(new TextBlock(t, headingDepth > 0 ? ParagraphKind.HEADING : ParagraphKind.BODY, page, pendingNotes));
        pendingNotes.clear();
    }

    ExtractedText result() {
        flush();
        return new ExtractedText(blocks, outline, title.toString().strip(), pageCount);
    }
}
