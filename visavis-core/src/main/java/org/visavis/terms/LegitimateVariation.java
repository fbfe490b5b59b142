package org.visavis.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * The legitimate variation that a rendering other than the usual one may be, asked by {@link
 * DeviationJudge}: a rendering that is none to report (a verb or a name, the usual one spelled
 * together, the aligner's long guess), the usual rendering of another term of the unit, and source
 * words that the translation quotes as they are.
 */
final class LegitimateVariation {

    private LegitimateVariation() {
    }

    /**
     * Why a spotted rendering is no rendering to report, or null. A name stands for a common noun
     * only as a rewording: a word the tagger does not know as a common one ("Debian" for "la
     * distribution"), or a name the source has too ("Apache Software Foundation"). Capitals alone
     * make no name: the term left as it is ("le Package"), a title's capitals ("see Chapter 6: The
     * APT Tools"). Where the source writes the term in capitals for
     * emphasis ({@code emphasis}: "OUTIL"), the translation's capitals are emphasis too; the term
     * itself copied in capitals ({@code copied}: "WARNINGS" for "Warning") is no abbreviation.
     */
    static String refusal(SpottedRendering s, CandidateTerm c, String usualText, List<TaggedToken> to,
                          String sourceText, boolean name, boolean emphasis, boolean copied) {
        if (!s.nominal() || s.claimed()) {
            return "a verb or a name is a rewording";
        }
        if (!name && TermText.isName(to, s.firstToken(), s.endToken()) && !s.text().equalsIgnoreCase(c.surface())
                && (sourceText.contains(s.text()) || !RenderingWords.commonWords(to, s.firstToken(), s.endToken()))) {
            return "a verb or a name is a rewording";
        }
        if (TermText.sameWritten(s.text(), usualText)) {
            return "'file name' for 'filename', 'regex' for 'regular expression'";
        }
        boolean hasAbbreviation = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            hasAbbreviation |= TermText.isAbbreviation(to.get(k).text()) && !copied
                    && !(emphasis && RenderingWords.commonWords(to, k, k + 1));
        }
        if (hasAbbreviation || TermText.hasPlaceholder(s.stems())
                || s.stems().size() > c.contentKey().split(" ").length + 1) {
            return "a rendering far longer than the term is the aligner's guess";
        }
        return null;
    }

    /**
     * The other recurring term of the unit whose usual rendering, present in the translation,
     * holds what the deviation has in place of the usual rendering, if any: an overlapping term
     * ("new stable release" for "nouvelle version" in "nouvelle version stable": "stable
     * release"), or another term the aligner took the rendering of ("microprogrammes", the usual
     * rendering of "firmware", for "packages" in "install the relevant packages" where the
     * translation says only "installera les microprogrammes").
     */
    static Optional<String> overlappingTermRendered(Occurrence o, Deviation d, Set<String> usualStems,
                                                    UsualRendering.Frame frame) {
        Set<String> added = RenderingWords.renderingStems(d.rendering());
        boolean keeps = added.stream().anyMatch(usualStems::contains);
        added.removeAll(usualStems);
        if (added.isEmpty()) {
            return Optional.empty();
        }
        CandidateTerm c = o.term();
        for (CandidateTerm other : o.unit().from().candidates()) {
            Set<String> rendering = frame.termRenderings().get(other.key());
            // (a single word inside the term is the term's own word: "version" in "version stable")
            boolean inside = other.firstToken() >= c.firstToken() && other.endToken() <= c.endToken();
            boolean overlaps = other.firstToken() < c.endToken() && c.firstToken() < other.endToken();
            // (a term apart counts when the rendering is all its: one that keeps a word of the usual
            // rendering changed the term's own, "source packages" for "paquets binaires")
            if (other.key().equals(c.key()) || rendering == null || inside && !other.key().contains(" ")
                    || !overlaps && keeps) {
                continue;
            }
            if (rendering.containsAll(added) && o.unit().to().stems().containsAll(rendering)) {
                return Optional.of(other.key());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the source words the translation keeps stand in what it quotes as it is: the
     * unit's two sides alike ("Install base system: [ ]"), between quotation marks ("« Hardware
     * IDs »"), or in a run of three words or more copied from the source ("this driver release
     * depends on something"), the words of a path or a command name in it not counted.
     */
    static boolean copiedAsQuoted(Occurrence o) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        if (from.text().strip().equalsIgnoreCase(to.text().strip())) {
            return true;
        }
        if (o.spotted().isEmpty()) {
            return false;
        }
        SpottedRendering s = o.spotted().get();
        if (RenderingWords.quoted(to.text(), s.text())) {
            return true;
        }
        Set<String> bigrams = new HashSet<>();
        for (int w = 0; w + 1 < from.words().size(); w++) {
            bigrams.add(from.folded(w) + " " + from.folded(w + 1));
        }
        int first = to.wordOf()[s.firstToken()];
        int last = to.wordOf()[s.endToken() - 1];
        if (first < 0 || last < 0) {
            return false;
        }
        while (first > 0 && bigrams.contains(to.folded(first - 1) + " " + to.folded(first))) {
            first--;
        }
        while (last + 1 < to.words().size() && bigrams.contains(to.folded(last) + " " + to.folded(last + 1))) {
            last++;
        }
        // the words of a path or a command name are the same in any translation: they make no
        // passage copied as it is ("Éditez le file /etc/network/interfaces" keeps one word, "file")
        int copied = 0;
        for (int w = first; w <= last; w++) {
            int k = to.tokenOf()[w];
            copied += TermText.gluedToCode(to.tokens(), k, k + 1) ? 0 : 1;
        }
        return copied >= 3;
    }
}
