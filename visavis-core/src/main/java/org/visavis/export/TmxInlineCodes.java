package org.visavis.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;

/**
 * The {@code <seg>} content of a translation unit's two sides, inline codes written as TMX 1.4
 * inline elements: a pair whose two ends are in the unit as {@code <bpt i=".." x="..">} and
 * {@code <ept i="..">}, half a pair (its other end in the next unit) as
 * {@code <it pos="begin|end" x="..">}, a lone code as {@code <ph x="..">}; each element's content is
 * the document's markup ({@code &lt;code class="command"&gt;}).
 *
 * <p>Codes are numbered in order of appearance ({@code x} 1, 2, ...) on the source side. On the
 * target side a code takes the {@code x} of the source code it corresponds to: the k-th code of a
 * kind (same element, same type: the second link, the first bold run) matches the k-th code of that
 * kind in the source; target codes without a counterpart get numbers after the source's. CAT tools
 * use {@code x} to carry the source's formatting into the translation (OmegaT numbers its tags
 * {@code x - 1}).
 *
 * <p>Codes that frame the whole text are left out, as CAT tools leave them out of their segments:
 * a pair that opens at the start and closes at the end (a link that is the whole heading) and
 * empty pairs or lone codes at either edge (an anchor {@code <a id="..."></a>} before a heading).
 */
final class TmxInlineCodes {

    record Sides(String source, String target) {
    }

    private TmxInlineCodes() {
    }

    static Sides write(CodedText source, CodedText target) {
        List<Element> src = elements(withoutFrame(source));
        List<Element> tgt = elements(withoutFrame(target));
        Map<String, List<Integer>> sourceXByKind = new HashMap<>();
        int x = 0;
        for (Element e : src) {
            if (e.numbered()) {
                e.x = ++x;
                sourceXByKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.x);
            }
        }
        Map<String, Integer> used = new HashMap<>();
        int fresh = x;
        for (Element e : tgt) {
            if (e.numbered()) {
                List<Integer> candidates = sourceXByKind.getOrDefault(e.kind(), List.of());
                int k = used.merge(e.kind(), 1, Integer::sum) - 1;
                e.x = k < candidates.size() ? candidates.get(k) : ++fresh;
            }
        }
        return new Sides(render(withoutFrame(source).text(), src), render(withoutFrame(target).text(), tgt));
    }

    /** One inline element to write: what it is, where, and for a pair its {@code i}. */
    private static final class Element {
        final InlineCode code;
        final String element;
        int i;
        int x;

        Element(InlineCode code, String element) {
            this.code = code;
            this.element = element;
        }

        boolean numbered() {
            return !element.equals("ept");
        }

        String kind() {
            return element + (element.equals("it") ? code.kind() : "") + ":" + code.type();
        }
    }

    private static List<Element> elements(CodedText text) {
        List<InlineCode> codes = text.codes();
        List<Element> elements = new ArrayList<>();
        Map<Integer, Element> open = new HashMap<>();
        int pairs = 0;
        for (int n = 0; n < codes.size(); n++) {
            InlineCode c = codes.get(n);
            Element e;
            switch (c.kind()) {
                case OPENING -> {
                    if (closingAfter(codes, n) >= 0) {
                        e = new Element(c, "bpt");
                        e.i = ++pairs;
                        open.put(c.id(), e);
                    } else {
                        e = new Element(c, "it");
                    }
                }
                case CLOSING -> {
                    Element opening = open.remove(c.id());
                    if (opening != null) {
                        e = new Element(c, "ept");
                        e.i = opening.i;
                    } else {
                        e = new Element(c, "it");
                    }
                }
                default -> e = new Element(c, "ph");
            }
            elements.add(e);
        }
        return elements;
    }

    private static int closingAfter(List<InlineCode> codes, int opening) {
        InlineCode o = codes.get(opening);
        for (int n = opening + 1; n < codes.size(); n++) {
            InlineCode c = codes.get(n);
            if (c.id() == o.id() && c.kind() == InlineCode.Kind.CLOSING) {
                return n;
            }
            if (c.id() == o.id() && c.kind() == InlineCode.Kind.OPENING) {
                return -1;
            }
        }
        return -1;
    }

    /** The text without the codes that frame it (see the class comment). */
    static CodedText withoutFrame(CodedText text) {
        boolean[] frame = frame(text.codes(), text.text().length());
        List<InlineCode> codes = new ArrayList<>();
        for (int n = 0; n < frame.length; n++) {
            if (!frame[n]) {
                codes.add(text.codes().get(n));
            }
        }
        return new CodedText(text.text(), codes);
    }

    /**
     * Which of the codes of a text {@code end} characters long frame it (see the class comment):
     * true for each one left out.
     */
    static boolean[] frame(List<InlineCode> all, int end) {
        List<Integer> codes = new ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            codes.add(n);
        }
        List<InlineCode> kept = new ArrayList<>(all);
        boolean[] out = new boolean[all.size()];
        boolean removed = true;
        while (removed && !kept.isEmpty()) {
            removed = false;
            InlineCode first = kept.get(0);
            if (first.position() == 0) {
                if (first.kind() == InlineCode.Kind.PLACEHOLDER) {
                    out[codes.remove(0)] = true;
                    kept.remove(0);
                    removed = true;
                } else if (first.kind() == InlineCode.Kind.OPENING) {
                    int close = closingAfter(kept, 0);
                    InlineCode closing = close < 0 ? null : kept.get(close);
                    if (closing != null && (closing.position() == 0 && close == 1
                            || closing.position() == end && close == kept.size() - 1)) {
                        out[codes.remove(close)] = true;
                        kept.remove(close);
                        out[codes.remove(0)] = true;
                        kept.remove(0);
                        removed = true;
                    }
                }
            }
            if (!removed && !kept.isEmpty()) {
                int lastIndex = kept.size() - 1;
                InlineCode last = kept.get(lastIndex);
                if (last.position() == end && last.kind() == InlineCode.Kind.PLACEHOLDER) {
                    out[codes.remove(lastIndex)] = true;
                    kept.remove(lastIndex);
                    removed = true;
                } else if (last.position() == end && last.kind() == InlineCode.Kind.CLOSING && kept.size() >= 2) {
                    InlineCode before = kept.get(lastIndex - 1);
                    if (before.position() == end && before.kind() == InlineCode.Kind.OPENING && before.id() == last.id()) {
                        out[codes.remove(lastIndex)] = true;
                        kept.remove(lastIndex);
                        out[codes.remove(lastIndex - 1)] = true;
                        kept.remove(lastIndex - 1);
                        removed = true;
                    }
                }
            }
        }
        return out;
    }

    private static String render(String text, List<Element> elements) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Element e : elements) {
            sb.append(TmxWriter.text(text.substring(at, e.code.position())));
            at = e.code.position();
            String content = TmxWriter.text(e.code.data());
            switch (e.element) {
                case "bpt" -> sb.append("<bpt i=\"").append(e.i).append("\" x=\"").append(e.x).append("\">")
                        .append(content).append("</bpt>");
                case "ept" -> sb.append("<ept i=\"").append(e.i).append("\">").append(content).append("</ept>");
                case "it" -> sb.append("<it pos=\"").append(e.code.kind() == InlineCode.Kind.CLOSING ? "end" : "begin")
                        .append("\" x=\"").append(e.x).append("\">").append(content).append("</it>");
                default -> sb.append("<ph x=\"").append(e.x).append("\">").append(content).append("</ph>");
            }
        }
        sb.append(TmxWriter.text(text.substring(at)));
        return sb.toString();
    }
}
