package org.visavis.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visavis.model.Document;
import org.visavis.model.DocumentPart;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;

/**
 * The parts of a document (an EPUB's spine documents) that are written in another language than
 * the one declared for the document: a book that carries its own translations, say. Each part's
 * language is what the {@link LanguageDetector} finds in its text; for a part too short to judge,
 * what its markup declares. {@link #keepDeclared} keeps the parts in the declared language and
 * says which languages it left out, and where.
 *
 * <pre>{@code
 * ForeignParts.Kept kept = ForeignParts.keepDeclared(epub, detector);
 * kept.warning();  // Optional["book.epub: 12 of its 52 parts are in other languages than English (en):
 *                  //   German (de) in 6 parts (OEBPS/de/ch1.xhtml, ...), ...; only the English parts are aligned"]
 * }</pre>
 */
public final class ForeignParts {

    /** Fewer letters than this and the detector's guess is not worth more than the markup's declaration. */
    static final int MIN_LETTERS_TO_OVERRULE = 200;
    private static final int SAMPLE_CHARS = 20_000;
    private static final int NAMED_PARTS = 3;

    /** The document with its foreign parts left out, and the warning that says so (empty when none was). */
    public record Kept(Document document, Optional<String> warning) {
    }

    private ForeignParts() {
    }

    public static Kept keepDeclared(Document doc, LanguageDetector detector) {
        if (doc.parts().size() < 2) {
            return new Kept(doc, Optional.empty());
        }
        Map<String, List<DocumentPart>> foreign = new LinkedHashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<DocumentPart> parts = new ArrayList<>();
        boolean confirmed = false;
        Optional<Language> previous = Optional.empty();
        for (DocumentPart part : doc.parts()) {
            List<Paragraph> own = doc.paragraphs().subList(part.start(), part.end());
            Judged judged = judge(part, own, previous, detector);
            if (judged.detected()) {
                previous = judged.language();
            }
            if (judged.language().isPresent() && !judged.language().get().sameLanguageAs(doc.language())) {
                foreign.computeIfAbsent(judged.language().get().code(), k -> new ArrayList<>()).add(part);
            } else {
                confirmed |= judged.detected() && judged.language().isPresent();
                parts.add(new DocumentPart(part.name(), part.declaredLanguage(), paragraphs.size(),
                        paragraphs.size() + own.size()));
                paragraphs.addAll(own);
            }
        }
        if (foreign.isEmpty() || !confirmed) {
            // Nothing to leave out, or no part the detector finds in the declared language (an
            // untranslated book, the wrong language given): the whole-document check judges.
            return new Kept(doc, Optional.empty());
        }
        return new Kept(new Document(doc.name(), doc.language(), paragraphs, parts),
                Optional.of(warning(doc, foreign)));
    }

    /** A part's language, and whether the detector found it in enough text (rather than the markup saying so). */
    private record Judged(Optional<Language> language, boolean detected) {
    }

    /**
     * The detector's guess on enough text; on a short part, the guess when the markup declares
     * nothing or when it goes on the language of the last part long enough to judge (the end of a
     * chapter of the other language), else what the markup declares (which may be the book's).
     */
    private static Judged judge(DocumentPart part, List<Paragraph> paragraphs, Optional<Language> previous,
            LanguageDetector detector) {
        StringBuilder sample = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sample.length() > SAMPLE_CHARS) {
                break;
            }
            if (!p.isCode()) {
                sample.append(p.text()).append('\n');
            }
        }
        long letters = sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS_TO_OVERRULE).count();
        Optional<Language> detected = detector.detect(sample.toString());
        if (detected.isPresent() && letters >= MIN_LETTERS_TO_OVERRULE) {
            return new Judged(detected, true);
        }
        if (detected.isPresent() && (part.declaredLanguage().isEmpty()
                || previous.filter(p -> p.sameLanguageAs(detected.get())).isPresent())) {
            return new Judged(detected, false);
        }
        return new Judged(part.declaredLanguage(), false);
    }

    private static String warning(Document doc, Map<String, List<DocumentPart>> foreign) {
        int left = foreign.values().stream().mapToInt(List::size).sum();
        StringBuilder sb = new StringBuilder(doc.name()).append(": ").append(left).append(" of its ")
                .append(doc.parts().size()).append(left == 1 ? " parts is in another language than " : " parts are in other languages than ")
                .append(doc.language().englishName()).append(" (").append(doc.language().code()).append("): ");
        String sep = "";
        for (Map.Entry<String, List<DocumentPart>> e : foreign.entrySet()) {
            List<DocumentPart> parts = e.getValue();
            sb.append(sep).append(Language.of(e.getKey()).englishName()).append(" (").append(e.getKey()).append(") in ")
                    .append(parts.size()).append(parts.size() == 1 ? " part (" : " parts (");
            for (int i = 0; i < Math.min(NAMED_PARTS, parts.size()); i++) {
                sb.append(i > 0 ? ", " : "").append(parts.get(i).name());
            }
            sb.append(parts.size() > NAMED_PARTS ? ", ...)" : ")");
            sep = ", ";
        }
        return sb.append("; only the ").append(doc.language().englishName()).append(" parts are aligned").toString();
    }
}
