package org.visavis.terms;

import java.util.Map;
import java.util.Set;

/**
 * A phrase's other rendering that is a free combination, not a slip: the phrase's usual
 * rendering rests on two beads only, and the other rendering keeps the usual rendering of each of
 * the phrase's words that the text renders consistently ("systèmes récents" for "modern systems"
 * beside "systèmes modernes" twice: "system" keeps its "système"; "caractère accentué" for
 * "accented characters" beside "lettres accentuées" twice: "caractère" is the text's word for
 * "character"). Where it drops a word's own usual rendering, it stays a deviation ("dépendant de
 * la localisation" for "locale dependent" where "locale" is "paramètres linguistiques", "redirection
 * du shell" where "shell" is "interpréteur").
 */
final class CompositionalVariant {

    /** The most beads a usual rendering may rest on for a phrase to be read as a free combination. */
    static final int WEAK_USUAL = 2;

    private CompositionalVariant() {
    }

    /**
     * True when {@code rendering} of the phrase {@code key}, whose usual rendering ({@code
     * usualStems}) rests on {@code usualUnits} beads, drops none of the usual renderings of the
     * phrase's words ({@code termRenderings}, by key) that the usual rendering holds.
     */
    static boolean of(String key, int usualUnits, Set<String> usualStems, String rendering,
                      Map<String, Set<String>> termRenderings) {
        if (!key.contains(" ") || usualUnits > WEAK_USUAL || rendering.isBlank()) {
            return false;
        }
        Set<String> stems = RenderingWords.renderingStems(rendering);
        for (String word : key.split(" ")) {
            Set<String> own = termRenderings.get(word);
            if (own != null && !own.isEmpty() && usualStems.containsAll(own) && !stems.containsAll(own)) {
                return false;
            }
        }
        return true;
    }
}
