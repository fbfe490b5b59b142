package org.visavis.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * A bead's two sides with the inline codes written as OmegaT's own tags, the way OmegaT shows the
 * original document in its segments, so that OmegaT takes a unit of the TMX for an exact match
 * whatever its TMX preferences. OmegaT reads the inline elements of an external TMX
 * ({@code <bpt>}, {@code <ph>}) only with "level 2" tags on, numbers them from 0 in each unit
 * although its filters number a paragraph's tags across its sentences, and shows them standalone
 * only with a second preference; its own project memory holds the tags as text
 * ({@code The <t0/>debian-installer<t1/>, designed}), which it matches as it is.
 *
 * <p>How OmegaT 3.6's filters tag a paragraph, which this class follows:
 * <ul>
 * <li>HTML/XHTML: one tag per element, the first letter of its name and a number in order of
 *   appearance across the paragraph ({@code <s0><e1>NOTE</e1></s0> Limitations of <s2>Testing</s2>});
 *   a pair that frames the whole paragraph, and lone codes at its edges, are left out.
 * <li>ODT: as HTML, with OmegaT's OpenDocument shortcuts ({@code <f0>} a span, {@code <a1>} a link):
 *   {@code <f0><f1>NOTE</f1></f0><f2> Limitations of Testing</f2>}.
 * <li>DOCX (and the other Office Open XML documents): the markup between two runs of text is one
 *   standalone tag {@code <tN/>}, whatever it does (a run's end and the next run's start, a link);
 *   the markup before the paragraph's first text and after its last is left out
 *   ({@code buildd<t0/> is the abbreviation of “build daemon”.}).
 * </ul>
 * The target side carries the source's tags where its own codes correspond (the k-th code of a
 * kind, as {@link TmxInlineCodes} pairs them); target codes without a counterpart are left out,
 * since OmegaT refuses tags that the source does not have.
 *
 * <pre>{@code
 * OmegatTags.forAlignment(alignment).map(tags -> tags.write(bead)); // Sides("The <t0/>buildd<t1/> ...", ...)
 * }</pre>
 */
final class OmegatTags {

    /** OmegaT's filter for a document, known by the extension of its name as OmegaT knows it. */
    enum Filter {
        HTML,
        OFFICE_XML,
        OPEN_DOCUMENT;

        static Optional<Filter> of(String documentName) {
            String name = documentName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                return Optional.of(HTML);
            }
            if (name.endsWith(".odt")) {
                return Optional.of(OPEN_DOCUMENT);
            }
            if (name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".pptx") || name.endsWith(".xlsx")) {
                return Optional.of(OFFICE_XML);
            }
            return Optional.empty();
        }
    }

    /** A code OmegaT shows: the tag's letter, its number in the paragraph, and what kind it is. */
    private record Tag(int position, InlineCode.Kind kind, String letter, int number, String key) {
        String text(int shownNumber) {
            return switch (kind) {
                case OPENING -> "<" + letter + shownNumber + ">";
                case CLOSING -> "</" + letter + shownNumber + ">";
                case PLACEHOLDER -> "<" + letter + shownNumber + "/>";
            };
        }
    }

    private final Alignment alignment;
    private final Filter filter;
    private final List<List<Tag>> sourceTags;
    private final List<List<Tag>> targetTags;

    private OmegatTags(Alignment alignment, Filter filter) {
        this.alignment = alignment;
        this.filter = filter;
        this.sourceTags = tags(alignment.source(), filter);
        this.targetTags = tags(alignment.target(), filter);
    }

    /** The tags of the alignment's documents, or empty when OmegaT reads its source without tags (plain text, PDF). */
    static Optional<OmegatTags> forAlignment(Alignment alignment) {
        return Filter.of(alignment.source().name()).map(f -> new OmegatTags(alignment, f));
    }

    TmxInlineCodes.Sides write(Bead bead) {
        List<Tag> source = new ArrayList<>();
        String sourceText = joined(alignment.source(), bead.source(), sourceTags, source);
        List<Tag> target = new ArrayList<>();
        String targetText = joined(alignment.target(), bead.target(), targetTags, target);
        // the target's tags take the numbers of the source's tags they correspond to
        Map<String, List<Tag>> sourceByKey = new HashMap<>();
        for (Tag t : source) {
            if (t.kind() != InlineCode.Kind.CLOSING) {
                sourceByKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, Integer> used = new HashMap<>();
        Map<Integer, Tag> counterpartOfOpening = new HashMap<>();
        List<String> shown = new ArrayList<>();
        for (Tag t : target) {
            Tag counterpart;
            if (t.kind() == InlineCode.Kind.CLOSING) {
                counterpart = counterpartOfOpening.get(t.number());
            } else {
                List<Tag> candidates = sourceByKey.getOrDefault(t.key(), List.of());
                int k = used.merge(t.key(), 1, Integer::sum) - 1;
                counterpart = k < candidates.size() ? candidates.get(k) : null;
                if (counterpart != null && t.kind() == InlineCode.Kind.OPENING) {
                    counterpartOfOpening.put(t.number(), counterpart);
                }
            }
            shown.add(counterpart == null ? "" : t.text(counterpart.number()));
        }
        List<String> shownSource = source.stream().map(t -> t.text(t.number())).toList();
        return new TmxInlineCodes.Sides(render(sourceText, source, shownSource), render(targetText, target, shown));
    }

    /** The bead's sentences of one side joined by spaces, their tags shifted into the joined text. */
    private static String joined(SegmentedDocument doc, List<Integer> indexes, List<List<Tag>> tags, List<Tag> out) {
        StringBuilder text = new StringBuilder();
        for (int i : indexes) {
            Segment s = doc.segments().get(i);
            if (s.text().isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int shift = text.length();
            for (Tag t : tags.get(i)) {
                out.add(new Tag(t.position() + shift, t.kind(), t.letter(), t.number(), t.key()));
            }
            text.append(s.text());
        }
        return text.toString();
    }

    private static String render(String text, List<Tag> tags, List<String> shown) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int n = 0; n < tags.size(); n++) {
            int position = tags.get(n).position();
            sb.append(TmxWriter.text(text.substring(at, position)));
            at = position;
            sb.append(TmxWriter.text(shown.get(n)));
        }
        sb.append(TmxWriter.text(text.substring(at)));
        return sb.toString();
    }

    /** For each segment of the document, the tags OmegaT shows in it, numbered across its paragraph. */
    static List<List<Tag>> tags(SegmentedDocument doc, Filter filter) {
        List<Segment> segments = doc.segments();
        List<List<Tag>> tags = new ArrayList<>();
        int first = 0;
        while (first < segments.size()) {
            int end = first;
            while (end < segments.size() && segments.get(end).paragraph() == segments.get(first).paragraph()) {
                end++;
            }
            tags.addAll(paragraphTags(segments.subList(first, end), filter));
            first = end;
        }
        return tags;
    }

    private static List<List<Tag>> paragraphTags(List<Segment> sentences, Filter filter) {
        // the paragraph's codes in order, and where each sentence's codes start among them
        CodedText paragraph = CodedText.plain("");
        for (Segment s : sentences) {
            paragraph = paragraph.join(s.coded(), true);
        }
        List<InlineCode> codes = paragraph.codes();
        boolean[] left = filter == Filter.OFFICE_XML
                ? edges(codes, paragraph.text().length())
                : TmxInlineCodes.frame(codes, paragraph.text().length());
        List<Tag> all = new ArrayList<>();
        Map<Integer, Tag> openings = new HashMap<>();
        int number = 0;
        int lastPosition = -1;
        for (int n = 0; n < codes.size(); n++) {
            InlineCode c = codes.get(n);
            if (left[n]) {
                all.add(null);
                continue;
            }
            if (filter == Filter.OFFICE_XML) {
                // codes at one place are one standalone tag; the k-th such place pairs with the target's k-th
                if (c.position() == lastPosition) {
                    all.add(null);
                    continue;
                }
                lastPosition = c.position();
                all.add(new Tag(c.position(), InlineCode.Kind.PLACEHOLDER, "t", number++, "t"));
                continue;
            }
            String letter = filter == Filter.OPEN_DOCUMENT ? openDocumentShortcut(c.data()) : letter(c.data());
            if (c.kind() == InlineCode.Kind.CLOSING) {
                Tag opening = openings.remove(c.id());
                all.add(new Tag(c.position(), c.kind(), opening == null ? letter : opening.letter(),
                        opening == null ? number++ : opening.number(), opening == null ? letter : opening.key()));
            } else {
                Tag t = new Tag(c.position(), c.kind(), letter, number++, c.kind() + ":" + letter + ":" + c.type());
                if (c.kind() == InlineCode.Kind.OPENING) {
                    openings.put(c.id(), t);
                }
                all.add(t);
            }
        }
        // back to the sentences, positions relative to each
        List<List<Tag>> bySentence = new ArrayList<>();
        int code = 0;
        int joinedLength = 0;
        for (Segment s : sentences) {
            if (s.text().isEmpty() && s.codes().isEmpty()) {
                bySentence.add(List.of());
                continue;
            }
            // where CodedText.join put this sentence
            int offset = joinedLength + (joinedLength == 0 || s.text().isEmpty() ? 0 : 1);
            joinedLength = offset + s.text().length();
            List<Tag> mine = new ArrayList<>();
            for (int k = 0; k < s.codes().size(); k++, code++) {
                Tag t = all.get(code);
                if (t != null) {
                    mine.add(new Tag(t.position() - offset, t.kind(), t.letter(), t.number(), t.key()));
                }
            }
            bySentence.add(mine);
        }
        return bySentence;
    }

    /** The codes before a paragraph's first character and after its last (OmegaT's OpenXML filter leaves them out). */
    private static boolean[] edges(List<InlineCode> codes, int end) {
        boolean[] out = new boolean[codes.size()];
        for (int n = 0; n < codes.size(); n++) {
            out[n] = codes.get(n).position() == 0 || codes.get(n).position() == end;
        }
        return out;
    }

    /** The first letter of a code's element ({@code <strong class="x">} gives {@code s}); {@code f} when it has none. */
    private static String letter(String data) {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (Character.isLetter(c)) {
                return String.valueOf(Character.toLowerCase(c));
            }
        }
        return "f";
    }

    /** OmegaT's OpenDocument shortcuts: a span is {@code f}, a link {@code a}, a frame {@code df}; else the element's first letter. */
    private static final Map<String, String> OPEN_DOCUMENT_SHORTCUTS = Map.of(
            "text:span", "f", "text:a", "a", "draw:a", "d", "draw:frame", "df", "draw:image", "di");

    private static String openDocumentShortcut(String data) {
        int start = data.indexOf('<') + 1;
        if (start < data.length() && data.charAt(start) == '/') {
            start++;
        }
        int end = start;
        while (end < data.length() && (Character.isLetterOrDigit(data.charAt(end)) || data.charAt(end) == ':'
                || data.charAt(end) == '-')) {
            end++;
        }
        String element = data.substring(Math.min(start, end), end);
        String shortcut = OPEN_DOCUMENT_SHORTCUTS.get(element);
        return shortcut != null ? shortcut : letter(element.substring(element.indexOf(':') + 1));
    }
}
