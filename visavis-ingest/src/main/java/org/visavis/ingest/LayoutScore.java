package org.visavis.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.visavis.model.Document;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

/**
 * How well ingest recovered a generated document whose content is known ({@link LayoutGold}):
 * the share of its sentences and headings found whole in the paragraphs, the footnotes found
 * with the paragraph that cites them, the notes made of something else, and the paragraphs
 * that kept page furniture (running title, date, address, page number) or table-of-contents
 * lines, the verbatim blocks found whole as code (every line, its indentation kept), the table
 * cells found as paragraphs of their own, and those run into a paragraph of prose (one that holds a
 * sentence of the text). Text is compared after Unicode compatibility folding, with quotes, dashes and spacing
 * made plain, as generators set them differently.
 *
 * <pre>{@code
 * LayoutScore s = LayoutScore.of(reader.read(pdf, en), LayoutGold.read(gold));
 * s.sentenceShare();  // 0.998
 * s.chromeLeft();     // paragraphs that still carry a running header, footer or page number
 * }</pre>
 */
record LayoutScore(int sentences, int sentencesFound, int notes, int notesAttached, int falseNotes, int chromeLeft,
        int contentsLeft, int codeBlocks, int codeFound, int cells, int cellsAlone, int cellsInProse, List<String> problems) {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"(])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What a page number leaves in a paragraph: a word of digits (or roman numerals), "3/36". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}(?:/\\d{1,4})?|[ivxlc]{1,6}");

    /** Longer than this, a paragraph naming two headings is prose, not contents lines run together. */
    private static final int CONTENTS_LINE = 200;

    LayoutScore {
        problems = List.copyOf(problems);
    }

    double sentenceShare() {
        return sentences == 0 ? 1 : sentencesFound / (double) sentences;
    }

    double codeShare() {
        return codeBlocks == 0 ? 1 : codeFound / (double) codeBlocks;
    }

    double cellShare() {
        return cells == 0 ? 1 : cellsAlone / (double) cells;
    }

    double noteShare() {
        return notes == 0 ? 1 : notesAttached / (double) notes;
    }

    static LayoutScore of(Document doc, LayoutGold gold) {
        List<String> texts = doc.paragraphs().stream().map(p -> plain(p.text())).toList();
        List<String> problems = new ArrayList<>();
        List<String> wanted = new ArrayList<>(gold.headings());
        gold.paragraphs().values().forEach(p -> wanted.addAll(sentencesOf(p)));
        int found = sentencesFound(texts, wanted, problems);
        Set<Note> matched = new HashSet<>();
        int attached = notesAttached(doc, gold, matched, problems);
        int falseNotes = falseNotes(doc, matched, problems);
        List<String> known = knownTexts(wanted, gold);
        Furniture furniture = furnitureAndContents(texts, known, gold, problems);
        int code = codeFound(doc, gold, problems);
        Cells cells = cellsAloneAndInProse(texts, wanted, gold, problems);
        return new LayoutScore(wanted.size(), found, gold.notes().size(), attached, falseNotes,
                furniture.chrome(), furniture.contents(), gold.code().size(), code, gold.cells().size(),
                cells.alone(), cells.inProse(), problems);
    }

    /** The gold's sentences and headings found whole in a paragraph; each one lost is a problem. */
    private static int sentencesFound(List<String> texts, List<String> wanted, List<String> problems) {
        int found = 0;
        for (String sentence : wanted) {
            String s = plain(sentence);
            if (texts.stream().anyMatch(t -> containsWhole(t, s))) {
                found++;
            } else {
                problems.add("sentence lost: " + s);
            }
        }
        return found;
    }

    /** The gold's notes found as a note of a paragraph that holds a sentence citing them; {@code matched} gets every note read as one of the gold's. */
    private static int notesAttached(Document doc, LayoutGold gold, Set<Note> matched, List<String> problems) {
        int attached = 0;
        for (LayoutGold.GoldNote note : gold.notes()) {
            String text = plain(note.text());
            List<String> citing = sentencesOf(gold.paragraphs().getOrDefault(note.paragraph(), "")).stream()
                    .map(LayoutScore::plain).toList();
            boolean ok = false;
            for (Paragraph p : doc.paragraphs()) {
                for (Note n : p.notes()) {
                    if (plain(n.text()).equals(text)) {
                        matched.add(n);
                        String where = plain(p.text());
                        ok |= citing.stream().anyMatch(c -> containsWhole(where, c));
                    }
                }
            }
            if (ok) {
                attached++;
            } else {
                problems.add("note not found with its paragraph " + note.paragraph() + ": " + text);
            }
        }
        return attached;
    }

    /** Notes ingest made that are none of the gold's. */
    private static int falseNotes(Document doc, Set<Note> matched, List<String> problems) {
        int falseNotes = 0;
        for (Paragraph p : doc.paragraphs()) {
            for (Note n : p.notes()) {
                if (!matched.contains(n)) {
                    falseNotes++;
                    problems.add("false note " + n.label() + ": " + plain(n.text()));
                }
            }
        }
        return falseNotes;
    }

    /** Every text the gold knows (sentences, headings, notes, extras, code lines, cells), plain, longest first. */
    private static List<String> knownTexts(List<String> wanted, LayoutGold gold) {
        List<String> known = new ArrayList<>();
        wanted.forEach(w -> known.add(plain(w)));
        gold.notes().forEach(n -> known.add(plain(n.text())));
        gold.extras().forEach(e -> known.add(plain(e)));
        gold.code().forEach(c -> c.lines().forEach(l -> known.add(plain(l))));
        gold.cells().forEach(c -> known.add(plain(c)));
        known.removeIf(String::isEmpty);
        // Longest first, so that a sentence goes whole before a heading inside it does.
        known.sort((a, b) -> b.length() - a.length());
        return known;
    }

    /** Paragraphs that still carry page furniture, and contents lines. */
    private record Furniture(int chrome, int contents) {}

    /** Table cells found as paragraphs of their own, and run into prose. */
    private record Cells(int alone, int inProse) {}

    /** Paragraphs that keep page furniture, and contents lines. */
    private static Furniture furnitureAndContents(List<String> texts, List<String> known, LayoutGold gold, List<String> problems) {
        List<String> headings = gold.headings().stream().map(LayoutScore::plain).toList();
        Set<String> words = new HashSet<>();
        known.forEach(k -> words.addAll(List.of(SPACES.split(k))));
        int chrome = 0;
        int contents = 0;
        Set<String> headingSeen = new HashSet<>();
        for (String text : texts) {
            String left = text;
            for (String k : known) {
                left = withoutWhole(left, k);
            }
            left = SPACES.matcher(left).replaceAll(" ").strip();
            String rest = left;
            // A number the known text does not have as a word of its own is a page number.
            Optional<String> furniture = gold.chrome().stream().map(LayoutScore::plain).filter(rest::contains).findFirst()
                    .or(() -> Stream.of(SPACES.split(rest))
                            .filter(w -> PAGE_NUMBER.matcher(w).matches() && !words.contains(w)).findFirst());
            if (furniture.isPresent()) {
                chrome++;
                problems.add("page furniture '" + furniture.get() + "' in: " + text);
            }
            if (headings.contains(text) && !headingSeen.add(text) || text.length() < CONTENTS_LINE && headings.stream().filter(text::contains).count() > 1) {
                contents++;
                problems.add("contents line: " + text);
            }
        }
        return new Furniture(chrome, contents);
    }

    /** The gold's verbatim blocks found whole as code paragraphs. */
    private static int codeFound(Document doc, LayoutGold gold, List<String> problems) {
        List<String> codeFound = doc.paragraphs().stream().filter(Paragraph::isCode).map(Paragraph::text).toList();
        int code = 0;
        for (String block : gold.code()) {
            if (codeFound.contains(block)) {
                code++;
            } else {
                problems.add("code block not found whole: " + block.replace("\n", " | "));
            }
        }
        return code;
    }

    /**
     * Cells alone and in prose: a cell is alone when a paragraph is that cell (as many such
     * paragraphs as the gold has cells of that text); in prose when a paragraph holding a sentence
     * of the text holds it too.
     */
    private static Cells cellsAloneAndInProse(List<String> texts, List<String> wanted, LayoutGold gold, List<String> problems) {
        Map<String, Integer> alone = new HashMap<>();
        texts.forEach(t -> alone.merge(t, 1, Integer::sum));
        int cellsAlone = 0;
        int cellsInProse = 0;
        // what is left of each paragraph of prose once its sentences are taken out
        List<String> prose = new ArrayList<>();
        for (String t : texts) {
            if (wanted.stream().anyMatch(w -> containsWhole(t, plain(w)))) {
                String left = t;
                for (String w : wanted) {
                    left = withoutWhole(left, plain(w));
                }
                prose.add(SPACES.matcher(left).replaceAll(" ").strip());
            }
        }
        for (String cell : gold.cells()) {
            String c = plain(cell);
            if (alone.getOrDefault(c, 0) > 0) {
                alone.merge(c, -1, Integer::sum);
                cellsAlone++;
            } else {
                problems.add("table cell not alone: " + c);
            }
            if (prose.stream().anyMatch(t -> containsWhole(t, c))) {
                cellsInProse++;
                problems.add("table cell in prose: " + c);
            }
        }
        return new Cells(cellsAlone, cellsInProse);
    }

    /** {@code part} in {@code text} as whole words: "installed.2 If" does not hold "installed." whole. */
    private static boolean containsWhole(String text, String part) {
        return wholeAt(text, part, 0) >= 0;
    }

    private static int wholeAt(String text, String part, int from) {
        for (int i = text.indexOf(part, from); i >= 0; i = text.indexOf(part, i + 1)) {
            int end = i + part.length();
            if ((i == 0 || text.charAt(i - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutWhole(String text, String part) {
        StringBuilder left = new StringBuilder();
        int from = 0;
        for (int i = wholeAt(text, part, 0); i >= 0; i = wholeAt(text, part, from)) {
            left.append(text, from, i).append(' ');
            from = i + part.length();
        }
        return left.append(text.substring(from)).toString();
    }

    private static List<String> sentencesOf(String paragraph) {
        return List.of(SENTENCE_BREAK.split(paragraph.strip()));
    }

    /** Compatibility-folded (ligatures), plain quotes and dashes, no soft hyphens, single spaces. */
    static String plain(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00AD", "");
        t = t.replaceAll("[‘’′`]", "'").replaceAll("[“”«»]", "\"").replaceAll("[‐‑‒–—−]", "-");
        return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
