package org.visavis.terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * A rendering that keeps the head of the usual rendering of a multi-word term and drops the rest,
 * its other words rendering what stands beside the term in the source rather than the term: an
 * ellipsis the context allows, no slip. "un nouveau système" for "a new operating system" (usual
 * "système d'exploitation": "nouveau" renders "new"), "le paramètre vga" for "the vga boot
 * parameter", "les modules du noyau" for "Linux kernel modules", "les images officielles" for
 * "official installation images"; also a word of the term that the usual rendering leaves out
 * ("les autres systèmes" for "other operating systems" where the usual rendering is "systèmes
 * d'exploitation", "environnement graphique" for "graphical desktop environment" beside
 * "environnement de bureau"). A deviation that puts another word in the place of one of the usual
 * rendering's ("système d'exploitant", "clé de cryptage", "service web" for "serveur web", whose
 * head is "serveur") is none of these: that word renders the term, or nothing the source has, or
 * the head is gone.
 */
final class ContextualEllipsis {
    /** How far from the term (in words) a source word may stand to be the one the ellipsis renders. */
    static final int REACH = 3;

    private final Relatedness related;
    private final RenderingDeclarations.HeadPosition headPosition;

    /** {@code headPosition}: where the rendering's language puts the head of a phrase without a preposition. */
    ContextualEllipsis(Relatedness related, RenderingDeclarations.HeadPosition headPosition) {
        this.related = related;
        this.headPosition = headPosition;
    }

    /** Why deviation {@code d} is an ellipsis of the usual rendering in its context, or null. */
    String reason(Occurrence o, Deviation d, UsualRendering usual) {
        List<TaggedToken> usualWords = usual.frame().usualWords();
        if (d.kind() != Deviation.Kind.OTHER || usualWords.stream().filter(TermText::isContent).count() < 2) {
            return null;
        }
        UnitSide to = o.unit().to();
        int[] span = span(to, d.rendering());
        if (span == null) {
            return null;
        }
        List<TaggedToken> words = usualWords.stream().filter(TaggedToken::isWord).toList();
        TaggedToken head = words.get(HeadModifierVariants.headIndex(words, headPosition));
        boolean keepsHead = false;
        List<Integer> added = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) {
            TaggedToken t = to.tokens().get(k);
            if (!TermText.isContent(t)) {
                continue;
            }
            Set<String> stems = RenderingWords.tokenStems(t);
            if (Collections.disjoint(stems, usual.stems())) {
                added.add(k);
            } else {
                keepsHead |= RenderingWords.sameWord(head, t);
            }
        }
        if (!keepsHead || added.isEmpty()) {
            return null;
        }
        List<String> rendered = new ArrayList<>();
        List<TaggedToken> spanned = to.tokens().subList(span[0], span[1]);
        for (int k : added) {
            // a word standing where the rendering dropped a word of the usual one ("expressions
            // rationnelles" / "expressions régulières", "protection context" / "security context")
            // takes its place: the aligner's link alone does not make it the context's
            boolean substitutes = substitutes(spanned, k - span[0], words);
            String x = renderedContext(o, k, span, usualWords, !substitutes);
            if (x == null) {
                return null;
            }
            rendered.add("'" + to.tokens().get(k).text() + "' rendering '" + x + "'");
        }
        return "an ellipsis: the usual rendering's head '" + head.text() + "', " + String.join(", ", rendered)
                + " beside it";
    }

    /**
     * The source word that target token {@code k} (of the rendering's tokens {@code rendering})
     * renders beside the term (within {@link #REACH} words; a word the translation renders nowhere
     * else), or the word of the term it renders where the usual rendering has fewer words than the
     * term and none of them renders that one; null when none.
     */
    private String renderedContext(Occurrence o, int k, int[] rendering, List<TaggedToken> usualWords,
                                   boolean linkCounts) {
        UnitSide from = o.unit().from();
        UnitSide.WordRange term = from.wordsOf(o.term());
        if (term.isEmpty()) {
            return null;
        }
        long termWords = from.tokens().subList(o.term().firstToken(), o.term().endToken()).stream()
                .filter(TermText::isContent).count();
        boolean leavesOut = usualWords.stream().filter(TermText::isContent).count() < termWords;
        int first = Math.max(0, term.first() - REACH);
        int end = Math.min(from.words().size(), term.end() + REACH);
        for (int w = first; w < end; w++) {
            TaggedToken x = from.tokens().get(from.tokenOf()[w]);
            if (!TermText.isContent(x)) {
                continue;
            }
            boolean inTerm = term.contains(w);
            if ((linkCounts ? renders(o.unit(), w, x, k) : renders(x, o.unit().to().tokens().get(k))) && (!inTerm || leavesOut && usualWords.stream()
                    .noneMatch(u -> TermText.isContent(u) && renders(x, u)))
                    && (inTerm || !renderedElsewhere(o.unit().to(), x, rendering))) {
                return x.text();
            }
        }
        return null;
    }

    /**
     * True when word {@code k} of a rendering stands in the place of a content word of the usual
     * rendering {@code usualWords} that the rendering does not have ({@link RenderingWords#slot}).
     */
    static boolean substitutes(List<TaggedToken> rendering, int k, List<TaggedToken> usualWords) {
        int slot = RenderingWords.slot(rendering, k, usualWords);
        if (slot < 0 || !TermText.isContent(usualWords.get(slot))) {
            return false;
        }
        TaggedToken replaced = usualWords.get(slot);
        return rendering.stream().noneMatch(t -> RenderingWords.sameWord(t, replaced));
    }

    /**
     * True when a word of the translation outside the rendering renders {@code x}: the context
     * word has its own rendering there, and the rendering's word is something else ("package
     * source (repository) of source packages" for "source (dépôt) de paquets binaires").
     */
    private boolean renderedElsewhere(UnitSide to, TaggedToken x, int[] rendering) {
        for (int j = 0; j < to.tokens().size(); j++) {
            TaggedToken t = to.tokens().get(j);
            if ((j < rendering[0] || j >= rendering[1]) && TermText.isContent(t) && renders(x, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when target token {@code k} renders source word {@code w} (token {@code x}): the
     * dictionary, the same word, or the aligner's surest link of the target word, a firm one.
     */
    private boolean renders(OrientedUnit unit, int w, TaggedToken x, int k) {
        TaggedToken t = unit.to().tokens().get(k);
        if (renders(x, t)) {
            return true;
        }
        // the aligner's link counts where it is the target word's surest: a word linked more
        // surely to the term itself renders the term ("discussion" of "mailing list" beside "see")
        int target = unit.to().wordOf()[k];
        WordLink surest = null;
        for (WordLink l : unit.links()) {
            if (l.target() == target && (surest == null || l.confidence() > surest.confidence())) {
                surest = l;
            }
        }
        return surest != null && surest.source() == w && surest.confidence() >= 0.5;
    }

    private boolean renders(TaggedToken x, TaggedToken t) {
        return x.folded().equals(t.folded()) || related.strength(x.lemma(), t.lemma()) > 0
                || related.strength(x.lemma(), t.folded()) > 0 || related.strength(x.folded(), t.folded()) > 0;
    }

    /**
     * The tokens {@code [first, end)} of a side that hold {@code rendering} as written, from a
     * token's start to a token's end (the first such place), or null.
     */
    static int[] span(UnitSide side, String rendering) {
        List<TaggedToken> tokens = side.tokens();
        for (int first = 0; first < tokens.size() && !rendering.isEmpty(); first++) {
            int at = tokens.get(first).start();
            if (!side.text().startsWith(rendering, at)) {
                continue;
            }
            for (int end = first; end < tokens.size() && tokens.get(end).end() <= at + rendering.length(); end++) {
                if (tokens.get(end).end() == at + rendering.length()) {
                    return new int[] {first, end + 1};
                }
            }
        }
        return null;
    }
}
