package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * A rendering that has the usual rendering's words in another order ("private virtual network"
 * where the text writes "virtual private network", "réseau virtuel privé" beside "réseau privé
 * virtuel"): the same words, so it reads as a use of the usual rendering, but a multi-word term
 * written in two orders is a slip a reviser wants to see. Only a run of content words counts (no
 * function word between them: "management of packages" for "package management" is a rewording,
 * not a reordering), and only when the unit does not also write the usual order.
 */
final class ReorderedRendering {

    private ReorderedRendering() {
    }

    /**
     * True when the spotted rendering {@code s} of the unit's target is the usual rendering's words
     * reordered, and no other recurring term of the side is rendered by the same words ({@code
     * termRenderings}, by key; there the order tells two terms apart: "package source" for "source
     * de paquets" beside "source package" for "paquet source" in the Debian Handbook).
     */
    static boolean of(SpottedRendering s, UnitSide to, String usualText, String key,
                      Map<String, Set<String>> termRenderings) {
        for (var e : termRenderings.entrySet()) {
            if (!e.getKey().equals(key) && e.getValue().equals(s.stems())) {
                return false;
            }
        }
        List<String> usual = words(usualText);
        if (usual.size() < 2 || s.endToken() - s.firstToken() != usual.size()
                || RenderingWords.writtenIn(to.text(), usualText)) {
            return false;
        }
        List<Set<String>> spotted = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            TaggedToken t = to.tokens().get(k);
            if (!TermText.isContent(t)) {
                return false;
            }
            spotted.add(RenderingWords.tokenStems(t));
        }
        return reordered(spotted, usual);
    }

    /** True when each usual word's stem is one of the spotted words', one to one, but not in the usual order. */
    static boolean reordered(List<Set<String>> spotted, List<String> usual) {
        boolean inOrder = true;
        boolean[] taken = new boolean[spotted.size()];
        for (int i = 0; i < usual.size(); i++) {
            String stem = TermText.stem(usual.get(i));
            int match = -1;
            if (spotted.get(i).contains(stem) && !taken[i]) {
                match = i;
            } else {
                inOrder = false;
                for (int k = 0; k < spotted.size() && match < 0; k++) {
                    if (!taken[k] && spotted.get(k).contains(stem)) {
                        match = k;
                    }
                }
            }
            if (match < 0) {
                return false;
            }
            taken[match] = true;
        }
        return !inOrder;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
