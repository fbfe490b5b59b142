package org.visavis.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.visavis.edit.BeadSearch;
import org.visavis.model.Side;

/**
 * What the find bar looks for, marked wherever it occurs on the sides searched: plain text
 * whatever the case, or a regular expression as {@link BeadSearch} reads it.
 *
 * <pre>{@code
 * SearchHighlight h = SearchHighlight.of("paquet", BeadSearch.Mode.PLAIN, BeadSearch.Scope.BOTH);
 * h.ranges(Side.SOURCE, "Les paquets Debian");   // [[4, 10]]
 * }</pre>
 */
record SearchHighlight(Pattern pattern, BeadSearch.Scope scope) {
    static final SearchHighlight NONE = new SearchHighlight(null, BeadSearch.Scope.BOTH);

    /** The highlight of a query; none for an empty query or a regular expression that does not compile. */
    static SearchHighlight of(String query, BeadSearch.Mode mode, BeadSearch.Scope scope) {
        if (query.isEmpty()) {
            return NONE;
        }
        try {
            return new SearchHighlight(mode == BeadSearch.Mode.REGEX ? Pattern.compile(query)
                    : Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), scope);
        } catch (PatternSyntaxException e) {
            return NONE; // the find bar says what is wrong with it
        }
    }

    boolean isActive() {
        return pattern != null;
    }

    /** Where the query matches {@code text} of {@code side}; none on a side not searched. */
    List<FindingHighlight.Range> ranges(Side side, String text) {
        if (pattern == null || (side == Side.SOURCE && scope == BeadSearch.Scope.TARGET)
                || (side == Side.TARGET && scope == BeadSearch.Scope.SOURCE)) {
            return List.of();
        }
        List<FindingHighlight.Range> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new FindingHighlight.Range(m.start(), m.end()));
            }
        }
        return out;
    }
}
