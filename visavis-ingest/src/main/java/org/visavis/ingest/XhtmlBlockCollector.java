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
            "breadcrumb", "breadcrumbs", "banner", "skip-link",
            // SiSU's object citation numbers, one before every paragraph (live-manual's EPUBs)
            "ocn", "lnkocn");
    /** Tika's paragraphs of a DOCX's page headers and footers: the running title, the page number. */
    private static final Set<String> WORD_PAGE_EDGES = Set.of("header", "footer");
    /** Class words of blocks that are code though not a {@code <pre>} (DocBook, Sphinx, SiSU). */
    private static final Set<String> CODE_CLASSES = Set.of("code", "programlisting", "screen", "literallayout",
            "verbatim", "sourcecode", "highlight", "listing");
    private static final Pattern DOCX_NOTE_MARKER = Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");
    private static final Pattern NOTE_LABEL = Pattern.compile("^(\\d{1,3}|[*†‡]+)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f\\u000B]+");
    /** Class words or roles of a link to a note (pandoc, Sphinx, DocBook, EPUB 3 roles). */
    private static final Set<String> NOTE_REFERENCE = Set.of("footnote-ref", "footnote-reference", "noteref",
            "doc-noteref", "footnote");
    /** Class words or roles of the link from a note back to its marker. */
    private static final Set<String> NOTE_BACKLINK = Set.of("footnote-back", "fn-backref", "doc-backlink");
    /** Around a note marker in a block's text until the note is found: start, target id, label, end. */
    private static final char REF_START = '\uE000';
    private static final char REF_LABEL = '\uE002';
    private static final char REF_END = '\uE001';
    private static final Pattern REF = Pattern.compile(REF_START + "([^" + REF_LABEL + "]*)" + REF_LABEL
            + "([^" + REF_END + "]*)" + REF_END);
    /** The label a web note repeats before its text: "[1]", "1.", "1". */
    private static final Pattern WEB_NOTE_LABEL = Pattern.compile("^\\[?\\s*[\\p{N}*†‡]{1,4}\\s*[\\].]?\\s*");

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
    /** Inside a link to a note (its marker) and the note it points at. */
    private int referenceDepth;
    private String referenceTarget;
    private final StringBuilder referenceLabel = new StringBuilder();
    /** Note targets cited so far, and the text of those found. */
    private final Set<String> cited = new java.util.HashSet<>();
    private final java.util.Map<String, String> webNotes = new java.util.HashMap<>();
    private int webNoteDepth;
    private String webNoteId;
    private final StringBuilder webNoteText = new StringBuilder();
    private int backlinkDepth;
    /** Inside a {@code <pre>}: a code block, whose line breaks and spaces are kept. */
    private int codeDepth;
    private boolean codeCollapsesSpaces;
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
        if (isChrome(cls) || isChrome(atts.getValue("id")) || name.equals("p") && cls != null && WORD_PAGE_EDGES.contains(cls)) {
            skipDepth++;
            return;
        }
        if (backlinkDepth > 0) {
            backlinkDepth++;
            return;
        }
        String id = atts.getValue("id");
        if (webNoteDepth == 0 && id != null && cited.contains(id)) {
            webNoteDepth = depth;
            webNoteId = id;
            webNoteText.setLength(0);
            return;
        }
        if (webNoteDepth > 0) {
            if (name.equals("a") && hasWord(NOTE_BACKLINK, cls, atts.getValue("role"))) {
                backlinkDepth = 1;
            } else if (BLOCKS.contains(name)) {
                webNoteText.append(' ');
            }
            return;
        }
        if (noteDepth > 0) {
            return;
        }
        String href = atts.getValue("href");
        if (name.equals("a") && referenceDepth == 0 && href != null && href.startsWith("#") && href.length() > 1
                && hasWord(NOTE_REFERENCE, cls, atts.getValue("role"), atts.getValue("epub-type"))) {
            referenceDepth = depth;
            referenceTarget = href.substring(1);
            referenceLabel.setLength(0);
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
        if (codeDepth > 0) {
            if (name.equals("pre")) {
                // Sphinx's <div class="highlight"><pre>: the pre's spacing is the code's
                codeCollapsesSpaces = false;
            }
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
        }
        if (name.equals("pre")) {
            codeDepth = depth;
        } else if (BLOCKS.contains(name) && hasWord(CODE_CLASSES, cls)) {
            // its lines are those of its <br>s; the markup's own line breaks and indentation are not
            codeDepth = depth;
            codeCollapsesSpaces = true;
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
        } else if (backlinkDepth > 0) {
            backlinkDepth--;
        } else if (webNoteDepth > 0) {
            if (depth == webNoteDepth) {
                webNoteDepth = 0;
                String t = WEB_NOTE_LABEL.matcher(WHITESPACE.matcher(webNoteText).replaceAll(" ").strip())
                        .replaceFirst("");
                if (!t.isEmpty()) {
                    webNotes.put(webNoteId, t);
                }
            }
        } else if (referenceDepth > 0) {
            if (depth == referenceDepth) {
                referenceDepth = 0;
                cited.add(referenceTarget);
                text.append(REF_START).append(referenceTarget).append(REF_LABEL)
                        .append(referenceLabel.toString().strip()).append(REF_END);
            }
        } else if (codeDepth > 0 && depth > codeDepth) {
            // elements inside a code block (code, strong, span) do not end it
        } else if (noteDepth > 0) {
            if (depth == noteDepth) {
                endNote();
            } else if (BLOCKS.contains(name)) {
                noteText.append(' ');
            }
        } else if (BLOCKS.contains(name)) {
            flush();
            if (depth == codeDepth) {
                codeDepth = 0;
                codeCollapsesSpaces = false;
            }
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
        } else if (skipDepth > 0 || backlinkDepth > 0) {
            return;
        } else if (webNoteDepth > 0) {
            webNoteText.append(ch, start, length);
        } else if (referenceDepth > 0) {
            referenceLabel.append(ch, start, length);
        } else if (noteDepth > 0) {
            noteText.append(ch, start, length);
        } else if (codeCollapsesSpaces) {
            // Tika's HTML parser turns <br> into a lone line break; the markup's own breaks come with its indentation
            boolean lineBreak = length == 1 && ch[start] == '\n';
            text.append(lineBreak ? "\n" : WHITESPACE.matcher(new String(ch, start, length)).replaceAll(" "));
        } else {
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
        if (codeCollapsesSpaces) {
            t = t.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
        }
        ParagraphKind kind = codeDepth > 0 ? ParagraphKind.CODE
                : headingDepth > 0 ? ParagraphKind.HEADING : ParagraphKind.BODY;
        blocks.add(new TextBlock(t, kind, page, pendingNotes));
        pendingNotes.clear();
    }

    private static boolean hasWord(Set<String> words, String... values) {
        for (String v : values) {
            if (v != null) {
                for (String w : WHITESPACE.split(v.strip().toLowerCase(Locale.ROOT))) {
                    if (words.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    ExtractedText result() {
        flush();
        return new ExtractedText(withWebNotes(), outline, title.toString().strip(), pageCount);
    }

    /**
     * The blocks with each marker of a web page's note (a link to it: pandoc's, Sphinx's, EPUB's
     * noteref) taken out and the note attached, when the note was found; a marker whose note is
     * not in the document stays as the text it was.
     */
    private List<TextBlock> withWebNotes() {
        if (cited.isEmpty()) {
            return blocks;
        }
        List<TextBlock> result = new ArrayList<>();
        for (TextBlock block : blocks) {
            Matcher m = REF.matcher(block.text());
            StringBuilder sb = new StringBuilder();
            List<Note> notes = new ArrayList<>(block.notes());
            while (m.find()) {
                String note = webNotes.get(m.group(1));
                if (note != null) {
                    notes.add(new Note(m.group(2).replaceAll("^\\[|\\]$", ""), note));
                    m.appendReplacement(sb, "");
                } else {
                    m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2)));
                }
            }
            m.appendTail(sb);
            result.add(new TextBlock(sb.toString(), block.kind(), block.page(), notes));
        }
        return result;
    }
}
