package org.visavis.terms;

import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * What term discovery ({@link RenderingDiscovery}) leaves out as legitimate variation, for code
 * that must agree with it: the benchmark plants no deviation where discovery rightly checks
 * nothing. A word the tagger also reads as an adjective beside a noun qualifies it ("the official
 * kernel", "left side": no term); a word glued to code is part of a name ("path/to/variable",
 * "install.patch"); a unit whose sides share most of their words is a passage left untranslated.
 */
public final class LeftOutOccurrences {

    private LeftOutOccurrences() {
    }

    /** True when token {@code k} is an adjective (in one of its readings) qualifying a noun beside it. */
    public static boolean modifier(List<TaggedToken> tokens, int k) {
        return RenderingWords.modifier(tokens, k);
    }

    /** True when tokens {@code [first, end)} are glued without a space to code, a file or command name. */
    public static boolean gluedToCode(List<TaggedToken> tokens, int first, int end) {
        return TermText.gluedToCode(tokens, first, end);
    }

    /** True when most words of the shorter side stand as they are on the other side. */
    public static boolean untranslated(List<TaggedToken> source, List<TaggedToken> target) {
        return RenderingDiscovery.looksUntranslated(source, target);
    }
}
