package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Proofreader;
import org.visavis.lang.ProofreadingMatch;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.pipeline.Parallel;
import org.visavis.pipeline.Progress;

/**
 * {@code languagetool}: LanguageTool's grammar, spelling and style rules on one text, restricted
 * to the categories given to the proofreader ({@code grammar} by default). The sentences are
 * checked in parallel. The finding's subject is the rule id and the words it flags; grammar and
 * spelling are warnings, the rest info.
 *
 * <pre>{@code
 * new LanguageToolCheck(LanguageKnowledge.proofreader(Language.of("fr"), Set.of("grammar"))).check(document);
 * }</pre>
 */
public final class LanguageToolCheck implements MonolingualCheck {
    public static final String ID = "languagetool";
    private final Proofreader proofreader;

    public LanguageToolCheck(Proofreader proofreader) {
        this.proofreader = proofreader;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SegmentedDocument document) {
        List<String> sentences = document.texts();
        List<List<ProofreadingMatch>> matches = Parallel.map(sentences, proofreader::check, Progress.SILENT);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            String sentence = sentences.get(i);
            for (ProofreadingMatch m : matches.get(i)) {
                String flagged = sentence.substring(Math.max(0, m.from()), Math.min(sentence.length(), m.to()));
                String suggestion = m.suggestions().isEmpty() ? "" : " (suggestion: " + String.join(", ", m.suggestions()) + ")";
                Severity severity = m.kind().equals("grammar") || m.kind().equals("spelling")
                        ? Severity.WARNING : Severity.INFO;
                findings.add(Finding.builder(ID).severity(severity).side(Side.TARGET)
                        .subject(m.ruleId() + ": " + flagged).context(sentence)
                        .message(m.category() + " " + m.ruleId() + ": " + m.message() + suggestion).beads(List.of(i))
                        .highlights(flagged.isBlank() ? Set.of() : Set.of(flagged)).build());
            }
        }
        return findings;
    }
}
