package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;

/**
 * Finds the renderings a translation declares in its notes and in its running text, with the
 * phrasings of {@link RenderingDeclarations} for the document's language. A term declared twice
 * keeps its first declaration.
 *
 * <pre>{@code
 * new DeclaredRenderingFinder(RenderingDeclarations.bundled()).find(englishDocument);
 * // [luttes revendicatives → struggles over immediate demands, declared in note 1 / sentence 5]
 * }</pre>
 */
public final class DeclaredRenderingFinder {
    private final RenderingDeclarations declarations;

    public DeclaredRenderingFinder(RenderingDeclarations declarations) {
        this.declarations = declarations;
    }

    public List<DeclaredRendering> find(SegmentedDocument document) {
        String lang = document.language().code();
        List<DeclaredRendering> found = new ArrayList<>();
        List<Paragraph> paragraphs = document.paragraphs();
        int[] firstSentence = firstSentences(document);
        for (int s = 0; s < document.size(); s++) {
            String text = document.segments().get(s).text();
            for (RenderingDeclarations.Declaration d : declarations.find(lang, text)) {
                add(found, d, Optional.empty(), s, text);
            }
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Note note : paragraphs.get(p).notes()) {
                for (RenderingDeclarations.Declaration d : declarations.find(lang, note.text())) {
                    add(found, d, Optional.of(note.label()), citingSentence(document, p, firstSentence, d.rendering()),
                            note.text());
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(DeclaredRendering::sentence));
        return found;
    }

    private static void add(List<DeclaredRendering> found, RenderingDeclarations.Declaration d, Optional<String> note,
                            int sentence, String text) {
        if (sentence < 0) {
            return; // a note of a paragraph without sentences (a heading left empty): nothing cites it
        }
        boolean known = found.stream().anyMatch(r -> r.source().text().equalsIgnoreCase(d.source()));
        if (!known) {
            found.add(new DeclaredRendering(Term.of(d.source()), Term.of(d.rendering()), note, sentence, text));
        }
    }

    /** The paragraph's sentence that uses the rendering (the note's marker is there), else its first one. */
    private static int citingSentence(SegmentedDocument document, int paragraph, int[] firstSentence, String rendering) {
        int first = firstSentence[paragraph];
        if (first < 0) {
            return -1;
        }
        String wanted = rendering.toLowerCase(Locale.ROOT);
        for (int s = first; s < document.size() && document.segments().get(s).paragraph() == paragraph; s++) {
            if (document.segments().get(s).text().toLowerCase(Locale.ROOT).contains(wanted)) {
                return s;
            }
        }
        return first;
    }

    private static int[] firstSentences(SegmentedDocument document) {
        int[] first = new int[document.paragraphs().size()];
        java.util.Arrays.fill(first, -1);
        for (int s = document.size() - 1; s >= 0; s--) {
            first[document.segments().get(s).paragraph()] = s;
        }
        return first;
    }
}
