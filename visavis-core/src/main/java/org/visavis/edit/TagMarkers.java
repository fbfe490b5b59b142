package org.visavis.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;
import org.visavis.model.Segment;

/**
 * The inline codes of one side of a bead as compact markers in the text a person edits, and back:
 * {@code ⟨1⟩debian-installer⟨/1⟩} for a pair (a bold run, a link), {@code ⟨2/⟩} for a lone code (a
 * line break). Markers are numbered in order across the bead's sentences, one sentence a line; the
 * codes behind them (their markup) stay as they were, the edit only moves them. An edit that
 * keeps one end of a pair and drops the other, puts an end before its start, repeats a marker or
 * invents one is refused with an {@link EditException} saying which; deleting both ends of a pair
 * drops that code.
 *
 * <pre>{@code
 * String shown = TagMarkers.show(sentences);           // "The ⟨1⟩debian-installer⟨/1⟩ targets the first objective."
 * List<CodedText> edited = TagMarkers.read(newText, sentences);
 * }</pre>
 */
public final class TagMarkers {

    private static final Pattern MARKER = Pattern.compile("⟨(/?)(\\d+)(/?)⟩");

    private TagMarkers() {
    }

    /** One code of the bead's side and the number its marker shows. */
    private record Numbered(InlineCode code, int number) {
        String marker() {
            return switch (code.kind()) {
                case OPENING -> "⟨" + number + "⟩";
                case CLOSING -> "⟨/" + number + "⟩";
                case PLACEHOLDER -> "⟨" + number + "/⟩";
            };
        }
    }

    /** The sentences one a line, their codes as markers. */
    public static String show(List<Segment> sentences) {
        return String.join("\n", lines(sentences));
    }

    /** Where a tag marker stands in a shown text: characters {@code [start, end)}. */
    public record MarkerSpan(int start, int end) {
    }

    /** The tag markers of a shown text, in order (the editor paints them as tags). */
    public static List<MarkerSpan> spans(String shown) {
        List<MarkerSpan> spans = new ArrayList<>();
        Matcher m = MARKER.matcher(shown);
        while (m.find()) {
            spans.add(new MarkerSpan(m.start(), m.end()));
        }
        return spans;
    }

    /** The text with its tag markers taken out (a selection in the editor, as words). */
    public static String withoutMarkers(String shown) {
        return MARKER.matcher(shown).replaceAll("");
    }

    /** Each sentence with its codes as markers, numbered across the sentences. */
    public static List<String> lines(List<Segment> sentences) {
        List<List<Numbered>> numbered = number(sentences);
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            StringBuilder sb = new StringBuilder();
            String text = sentences.get(s).text();
            int at = 0;
            for (Numbered n : numbered.get(s)) {
                sb.append(text, at, n.code().position()).append(n.marker());
                at = n.code().position();
            }
            lines.add(sb.append(text.substring(at)).toString());
        }
        return lines;
    }

    /**
     * The edited text (one sentence a line, markers where the person left them) as sentences with
     * the original codes at the markers' places; an {@link EditException} when the markers no longer
     * make sense (see the class comment).
     */
    public static List<CodedText> read(String edited, List<Segment> original) {
        Map<String, InlineCode> byMarker = new HashMap<>();
        // the pairs of which both ends were shown: both must stay, or both go
        Map<Integer, Integer> pairEnds = new HashMap<>();
        for (List<Numbered> sentence : number(original)) {
            for (Numbered n : sentence) {
                byMarker.put(n.marker(), n.code());
                if (n.code().kind() != InlineCode.Kind.PLACEHOLDER) {
                    pairEnds.merge(n.number(), 1, Integer::sum);
                }
            }
        }
        Map<String, int[]> seenAt = new HashMap<>();
        List<CodedText> sentences = new ArrayList<>();
        String[] lines = edited.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            StringBuilder text = new StringBuilder();
            List<InlineCode> codes = new ArrayList<>();
            Matcher m = MARKER.matcher(lines[line]);
            int at = 0;
            while (m.find()) {
                text.append(lines[line], at, m.start());
                at = m.end();
                String marker = m.group();
                InlineCode code = byMarker.get(marker);
                if (code == null || (!m.group(1).isEmpty() && !m.group(3).isEmpty())) {
                    throw new EditException("the tag " + marker + " is not one of this text's tags; leave the tags as they were shown");
                }
                if (seenAt.put(marker, new int[] {line, text.length()}) != null) {
                    throw new EditException("the tag " + marker + " is there twice; keep each tag once");
                }
                codes.add(code.at(text.length()));
            }
            text.append(lines[line].substring(at));
            sentences.add(new CodedText(text.toString(), codes));
        }
        for (var e : pairEnds.entrySet()) {
            if (e.getValue() < 2) {
                continue;
            }
            int[] start = seenAt.get("⟨" + e.getKey() + "⟩");
            int[] end = seenAt.get("⟨/" + e.getKey() + "⟩");
            if ((start == null) != (end == null)) {
                throw new EditException("the tag " + (start == null ? "⟨" + e.getKey() + "⟩" : "⟨/" + e.getKey() + "⟩")
                        + " is missing: a tag pair keeps both ends (or delete both)");
            }
            if (start != null && (start[0] > end[0] || (start[0] == end[0] && start[1] > end[1]))) {
                throw new EditException("the tag ⟨/" + e.getKey() + "⟩ comes before ⟨" + e.getKey() + "⟩; put the end after the start");
            }
        }
        return sentences;
    }

    /** Each sentence's codes with their numbers: openings and lone codes in order, an end with its start's number. */
    private static List<List<Numbered>> number(List<Segment> sentences) {
        List<List<Numbered>> out = new ArrayList<>();
        Map<String, Integer> openNumber = new HashMap<>();
        int next = 0;
        for (Segment s : sentences) {
            List<Numbered> mine = new ArrayList<>();
            for (InlineCode c : s.codes()) {
                String pair = s.paragraph() + ":" + c.id();
                int number;
                if (c.kind() == InlineCode.Kind.CLOSING) {
                    Integer opened = openNumber.remove(pair);
                    number = opened != null ? opened : ++next;
                } else {
                    number = ++next;
                    if (c.kind() == InlineCode.Kind.OPENING) {
                        openNumber.put(pair, number);
                    }
                }
                mine.add(new Numbered(c, number));
            }
            out.add(mine);
        }
        return out;
    }
}
