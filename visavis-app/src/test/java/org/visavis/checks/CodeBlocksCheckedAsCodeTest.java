package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.Progress;

/**
 * A verbatim block copied as it is into the translation (apt's French output, shown as the
 * terminal printed it) is not "untranslated"; the same lines as prose are.
 */
class CodeBlocksCheckedAsCodeTest {

    private static final String SOURCES = "Les NOUVEAUX paquets suivants seront installés :\n  libapt-pkg6.0";

    private static Alignment alignment(ParagraphKind kind) {
        SegmentedDocument fr = document(Language.of("fr"),
                "La commande affiche les lignes suivantes pour la distribution stable.", kind);
        SegmentedDocument en = document(Language.of("en"),
                "The command prints the following lines for the stable distribution.", kind);
        return new Alignment(fr, en, List.of(Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1), List.of(1), 1.0)));
    }

    private static SegmentedDocument document(Language language, String sentence, ParagraphKind kind) {
        return new SegmentedDocument("doc." + language.code(), language,
                List.of(Paragraph.body(sentence), new Paragraph(SOURCES, kind, List.of())),
                List.of(new Segment(sentence, 0), new Segment(SOURCES, 1)));
    }

    private static List<Finding> untranslated(Alignment a) {
        return CheckSuite.run(a, CheckOptions.defaults().withChecks(Set.of(UntranslatedCheck.ID)),
                IgnoredFindings.NONE, Progress.SILENT);
    }

    @Test
    void identicalCodeIsNotUntranslated() {
        assertThat(untranslated(alignment(ParagraphKind.CODE))).isEmpty();
    }

    @Test
    void theSameLinesAsProseAre() {
        assertThat(untranslated(alignment(ParagraphKind.BODY))).extracting(Finding::beads)
                .containsExactly(List.of(1));
    }
}
