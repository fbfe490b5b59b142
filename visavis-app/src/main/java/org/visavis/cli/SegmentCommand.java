package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code visavis segment book.pdf --lang fr}: one sentence per line, a blank line between paragraphs. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Ingest one document and split it into sentences: one per line, a blank line between paragraphs.")
final class SegmentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A document (PDF, DOCX, ODT, RTF, HTML, EPUB, Markdown, IDML, text).")
    Path file;

    @Option(names = "--lang", required = true, description = "The document's language, e.g. en.")
    String lang;

    @Option(names = "--srx", description = "Your own SRX segmentation rules instead of the built-in ones, or OmegaT's "
            + "(its segmentation.srx, or the segmentation.conf of OmegaT 3.x).")
    Path srx;

    @Option(names = "--notes", description = "Also print each paragraph's footnotes, after it, as '[note N] text'.")
    boolean notes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Language language = LanguageOption.parse(lang, "--lang");
        AlignmentPipeline pipeline = new AlignmentPipeline();
        PrintWriter err = spec.commandLine().getErr();
        // what reading says without stopping (an EPUB's parts in another language) goes to stderr
        Document doc = pipeline.read(file, language, Progress.warningsTo(message -> {
            err.println("visavis: warning: " + message);
            err.flush();
        }));
        SegmentedDocument segmented = pipeline.segment(doc, Optional.ofNullable(srx));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segmented.size(); i++) {
            var s = segmented.segments().get(i);
            if (i > 0 && segmented.startsParagraph(i)) {
                appendNotes(sb, segmented, segmented.segments().get(i - 1).paragraph());
                sb.append('\n');
            }
            sb.append(s.text()).append('\n');
        }
        if (segmented.size() > 0) {
            appendNotes(sb, segmented, segmented.segments().get(segmented.size() - 1).paragraph());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(sb);
        out.flush();
        return 0;
    }

    private void appendNotes(StringBuilder sb, SegmentedDocument doc, int paragraph) {
        if (!notes) {
            return;
        }
        for (var n : doc.paragraphs().get(paragraph).notes()) {
            sb.append("[note ").append(n.label()).append("] ").append(n.text()).append('\n');
        }
    }
}
