package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.visavis.edit.HandbookFixture;
import org.visavis.lang.PlainTokenTagger;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.Side;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.GlossaryTermMarker;
import org.visavis.terms.Term;
import org.visavis.terms.TermMark;
import org.visavis.terms.TermMatcher;

/** The highlight cache on the Debian Handbook fixture; plain tokens (no LanguageTool) keep it fast. */
class TermHighlightsTest {
    private static final Glossary GLOSSARY = new Glossary(Language.of("fr"), Language.of("en"), List.of(
            new GlossaryEntry(Term.of("logiciels"), List.of(Term.of("software")), List.of(Term.of("programs")), "")));
    private final AtomicInteger repaints = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final TermHighlights terms = new TermHighlights(repaints::incrementAndGet, problems::add);

    private static GlossaryTermMarker marker() {
        TermMatcher fr = new TermMatcher(new PlainTokenTagger(Language.of("fr")));
        TermMatcher en = new TermMatcher(new PlainTokenTagger(Language.of("en")));
        return new GlossaryTermMarker(new GlossaryLookup(GLOSSARY, fr, en), en);
    }

    private List<TermMark> awaitMarks(Side side, String sentence) {
        List<TermMark> marks = terms.marks(side, sentence);
        WorkbenchDriver.await("the background term marker", terms::isIdle);
        return terms.marks(side, sentence);
    }

    @Test
    void marksComeFromTheBackgroundThenFromTheCache() {
        Alignment a = HandbookFixture.naiveAlignment();
        String source = a.source().segments().get(1).text();
        String target = a.target().segments().get(1).text();
        WorkbenchDriver.onEdt(() -> {
            terms.setMarker(Optional.of(TermHighlightsTest::marker));
            return null;
        });
        assertThat(terms.marks(Side.SOURCE, source)).as("nothing known yet: painting does not wait").isEmpty();
        assertThat(awaitMarks(Side.SOURCE, source)).extracting(TermMark::surface).containsExactly("logiciels");
        assertThat(awaitMarks(Side.TARGET, target)).extracting(TermMark::surface).containsExactly("software");
        WorkbenchDriver.flushEdt();
        assertThat(repaints.get()).as("the table is repainted when marks arrive").isGreaterThan(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutAGlossaryNothingIsMarkedOrQueued() {
        String source = HandbookFixture.naiveAlignment().source().segments().get(1).text();
        WorkbenchDriver.onEdt(() -> {
            terms.setMarker(Optional.of(TermHighlightsTest::marker));
            terms.setMarker(Optional.empty());
            return null;
        });
        assertThat(terms.marks(Side.SOURCE, source)).isEmpty();
        assertThat(terms.isIdle()).isTrue();
    }

    @Test
    void aMarkerThatFailsIsReported() {
        WorkbenchDriver.onEdt(() -> {
            terms.setMarker(Optional.of(() -> {
                throw new org.visavis.terms.TermsException("glossary.tsv: no tagger for xx");
            }));
            return null;
        });
        WorkbenchDriver.awaitOnEdt("the marker's problem to be reported", () -> !problems.isEmpty());
        assertThat(problems).singleElement().asString().contains("glossary.tsv: no tagger for xx");
    }
}
