package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.terms.DeclaredRendering;
import org.visavis.terms.DeclaredRenderingFinder;
import org.visavis.terms.HeadModifierVariants;
import org.visavis.terms.RenderingDeclarations;
import org.visavis.terms.TermOccurrence;

/**
 * {@code term-declared}: a translation holds itself to the renderings its translator declares
 * ("Les luttes revendicatives, which we have rendered throughout as “struggles over immediate
 * demands”"). Each declaration is listed (info, with where it stands), and each sentence or note
 * that renders the concept otherwise ("wage struggles", "the struggle over wages and conditions")
 * is a warning. Works on one document; on an alignment, on its translation.
 *
 * <pre>{@code
 * new DeclaredRenderingCheck(tagger, RenderingDeclarations.bundled()).check(englishDocument);
 * }</pre>
 */
public final class DeclaredRenderingCheck implements MonolingualCheck {
    public static final String ID = "term-declared";
    private final Tagger tagger;
    private final RenderingDeclarations declarations;

    /** Where a declaration stands, as the reader numbers it: sentences of a document, beads of a project. */
    private final Function<DeclaredRendering, String> origin;

    public DeclaredRenderingCheck(Tagger tagger, RenderingDeclarations declarations) {
        this(tagger, declarations, DeclaredRendering::origin);
    }

    private DeclaredRenderingCheck(Tagger tagger, RenderingDeclarations declarations,
                                   Function<DeclaredRendering, String> origin) {
        this.tagger = tagger;
        this.declarations = declarations;
        this.origin = origin;
    }

    /** On a project's translation: the findings point at beads, and so does "declared in bead 18". */
    @Override
    public Check onTarget() {
        return new Check() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public List<Finding> check(Alignment alignment) {
                int[] beadOf = MonolingualCheck.beadOfTargetSentence(alignment);
                return new DeclaredRenderingCheck(tagger, declarations, d -> d.origin("bead", beadOf[d.sentence()]))
                        .sentencesToBeads().check(alignment);
            }
        };
    }

    private Check sentencesToBeads() {
        return MonolingualCheck.super.onTarget();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SegmentedDocument document) {
        List<Finding> findings = new ArrayList<>();
        RenderingDeclarations.HeadPosition head = declarations.head(document.language().code());
        for (DeclaredRendering d : new DeclaredRenderingFinder(declarations).find(document)) {
            String declared = "“" + d.source().text() + "” → “" + d.rendering().text() + "”";
            findings.add(Finding.builder(ID).severity(Severity.INFO).side(Side.TARGET).subject(d.source().text())
                    .message("declared rendering: " + declared + ", " + origin.apply(d) + "; the text is held to it")
                    .beads(List.of(d.sentence())).highlights(Set.of(d.rendering().text())).build());
            HeadModifierVariants variants = HeadModifierVariants.of(d.rendering(), d.declaration(), tagger, head,
                    declarations.genitives(document.language().code()));
            String otherwise = " renders “" + d.source().text() + "” otherwise than " + origin.apply(d) + " (“"
                    + d.rendering().text() + "”)";
            for (int i = 0; i < document.size(); i++) {
                String sentence = document.segments().get(i).text();
                for (TermOccurrence o : variants.find(sentence)) {
                    findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.TARGET)
                            .subject(o.surface()).context(sentence).message("“" + o.surface() + "”" + otherwise)
                            .beads(List.of(i)).highlights(Set.of(o.surface())).build());
                }
            }
            findings.addAll(inNotes(document, d, variants, otherwise));
        }
        return findings;
    }

    /** Variants in the notes other than the declaring one, pointing at the paragraph's first sentence. */
    private static List<Finding> inNotes(SegmentedDocument document, DeclaredRendering d, HeadModifierVariants variants,
                                         String otherwise) {
        List<Finding> findings = new ArrayList<>();
        List<Paragraph> paragraphs = document.paragraphs();
        for (int s = 0; s < document.size(); s++) {
            int p = document.segments().get(s).paragraph();
            if (!document.startsParagraph(s)) {
                continue;
            }
            for (Note note : paragraphs.get(p).notes()) {
                if (note.text().equals(d.declaration())) {
                    continue;
                }
                for (TermOccurrence o : variants.find(note.text())) {
                    findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.TARGET)
                            .subject(o.surface()).context(note.text())
                            .message("note " + note.label() + ": “" + o.surface() + "”" + otherwise)
                            .beads(List.of(s)).highlights(Set.of(o.surface())).build());
                }
            }
        }
        return findings;
    }
}
