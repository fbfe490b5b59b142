package org.visavis.checks;

import java.util.Optional;
import org.visavis.model.Alignment;
import org.visavis.model.SegmentedDocument;

/**
 * What findings point into, for reports: an alignment (bead indexes, both sides) or one document
 * (sentence indexes, one side).
 *
 * <pre>{@code
 * CheckedText.of(alignment).target(12);   // the English text of bead 12
 * }</pre>
 */
public interface CheckedText {
    String title();

    /** The source text of bead {@code i}; empty for a single document. */
    Optional<String> source(int i);

    String target(int i);

    int size();

    /** The language of a side's text, when known: the taggers mark a finding's words by lemma. */
    default Optional<org.visavis.model.Language> language(org.visavis.model.Side side) {
        return Optional.empty();
    }

    static CheckedText of(Alignment alignment) {
        return new CheckedText() {
            @Override
            public String title() {
                return alignment.source().name() + " / " + alignment.target().name() + " ("
                        + alignment.source().language() + "→" + alignment.target().language() + ")";
            }

            @Override
            public Optional<String> source(int i) {
                return Optional.of(alignment.sourceText(alignment.beads().get(i)));
            }

            @Override
            public String target(int i) {
                return alignment.targetText(alignment.beads().get(i));
            }

            @Override
            public int size() {
                return alignment.beads().size();
            }

            @Override
            public Optional<org.visavis.model.Language> language(org.visavis.model.Side side) {
                return Optional.of(side.of(alignment).language());
            }
        };
    }

    static CheckedText of(SegmentedDocument document) {
        return new CheckedText() {
            @Override
            public String title() {
                return document.name() + " (" + document.language() + ")";
            }

            @Override
            public Optional<String> source(int i) {
                return Optional.empty();
            }

            @Override
            public String target(int i) {
                return document.segments().get(i).text();
            }

            @Override
            public int size() {
                return document.size();
            }

            @Override
            public Optional<org.visavis.model.Language> language(org.visavis.model.Side side) {
                return side == org.visavis.model.Side.TARGET ? Optional.of(document.language()) : Optional.empty();
            }
        };
    }
}
