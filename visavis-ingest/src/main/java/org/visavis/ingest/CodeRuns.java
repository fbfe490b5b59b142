package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a word-processor document's paragraphs, in order, into its code blocks: a run of code
 * paragraphs (a code style, or every letter in a code font) is one block, an empty paragraph of
 * a code style inside a run an empty line of it.
 *
 * <pre>{@code
 * CodeRuns runs = new CodeRuns();
 * runs.paragraph("$ make", true, 5, 5);
 * runs.paragraph("Then install it.", false, 13, 0);
 * runs.blocks();  // ["$ make"]
 * }</pre>
 */
final class CodeRuns {

    private final List<String> blocks = new ArrayList<>();
    private final List<String> run = new ArrayList<>();

    /** A paragraph read: its text, whether its style is code, its letters and those in a code font or style. */
    void paragraph(String text, boolean codeStyle, int letters, int codeLetters) {
        boolean code = letters == 0 ? codeStyle && !run.isEmpty() : codeStyle || codeLetters == letters;
        if (code) {
            run.add(text);
        } else {
            end();
        }
    }

    List<String> blocks() {
        end();
        return List.copyOf(blocks);
    }

    private void end() {
        while (!run.isEmpty() && run.get(run.size() - 1).isBlank()) {
            run.remove(run.size() - 1);
        }
        if (!run.isEmpty()) {
            blocks.add(String.join("\n", run));
            run.clear();
        }
    }
}
