package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import org.visavis.model.InlineCode;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Turns an Okapi text fragment (text with code markers) into a {@link Paragraph}: plain text
 * with its {@link InlineCode}s at their offsets. Layout white space (line breaks and indentation
 * of the markup) collapses to single spaces and the ends are trimmed, as for every other format;
 * no-break spaces are typography and stay. Codes keep their place in the collapsed text.
 */
final class CodedParagraphs {

    private CodedParagraphs() {
    }

    static Paragraph of(TextFragment fragment, ParagraphKind kind, List<Note> notes) {
        String coded = fragment.getCodedText();
        List<Code> okapiCodes = fragment.getCodes();
        StringBuilder text = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        boolean pendingSpace = false;
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                Code code = okapiCodes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (pendingSpace && text.length() > 0 && code.getTagType() == TextFragment.TagType.CLOSING) {
                    // "bold </b>text": the space stays outside the pair
                    codes.add(inline(code, text.length()));
                    continue;
                }
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                    pendingSpace = false;
                }
                codes.add(inline(code, text.length()));
            } else if (isLayoutSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        return new Paragraph(text.toString(), kind, notes, withoutEmptyEdgePairs(codes, text.length()));
    }

    /**
     * The codes less the empty pairs at the paragraph's edges: an anchor {@code <a id="..."></a>}
     * before a heading's text, or a span around nothing at its end, frames no text and formats
     * none, and would only be a tag to carry along in the editor. The pairs go while they are the
     * first two codes at the start or the last two at the end (the TMX and OmegaT leave such
     * codes out of a segment anyway); empty pairs within the text stay, since a CAT tool shows
     * them as tags of its segment.
     */
    static List<InlineCode> withoutEmptyEdgePairs(List<InlineCode> codes, int end) {
        List<InlineCode> kept = new ArrayList<>(codes);
        boolean removed = true;
        while (removed && kept.size() >= 2) {
            removed = false;
            if (isEmptyPair(kept.get(0), kept.get(1)) && kept.get(0).position() == 0) {
                kept.subList(0, 2).clear();
                removed = true;
            } else if (isEmptyPair(kept.get(kept.size() - 2), kept.get(kept.size() - 1)) && kept.get(kept.size() - 1).position() == end) {
                kept.subList(kept.size() - 2, kept.size()).clear();
                removed = true;
            }
        }
        return kept.size() == codes.size() ? codes : List.copyOf(kept);
    }

    private static boolean isEmptyPair(InlineCode opening, InlineCode closing) {
        return opening.kind() == InlineCode.Kind.OPENING && closing.kind() == InlineCode.Kind.CLOSING
                && opening.id() == closing.id() && opening.position() == closing.position();
    }

    /** The plain text of a fragment, white space collapsed (for titles and notes). */
    static String plain(TextFragment fragment) {
        return of(fragment, ParagraphKind.BODY, List.of()).text();
    }

    private static InlineCode inline(Code code, int position) {
        InlineCode.Kind kind = switch (code.getTagType()) {
            case OPENING -> InlineCode.Kind.OPENING;
            case CLOSING -> InlineCode.Kind.CLOSING;
            default -> InlineCode.Kind.PLACEHOLDER;
        };
        String data = code.hasOuterData() ? code.getOuterData() : code.getData();
        return new InlineCode(position, kind, code.getId(), type(code.getType()), data == null ? "" : data);
    }

    /**
     * Okapi's code type in a word for every format: HTML's element names ("em", "code", "link")
     * stay; DOCX's run descriptions lose their "x-" and the font and colour details that follow
     * ("x-bold;fonts:DejaVu Sans Mono;color:;" is "bold"), which differ between a document and its
     * translation when the formatting does not.
     */
    static String type(String okapiType) {
        if (okapiType == null) {
            return "";
        }
        String t = okapiType.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("x-")) {
            t = t.substring(2);
        }
        int cut = t.length();
        for (char stop : new char[] {';', ':'}) {
            int at = t.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return t.substring(0, cut);
    }

    private static boolean isLayoutSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
