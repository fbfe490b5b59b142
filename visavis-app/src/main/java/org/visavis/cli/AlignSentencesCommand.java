package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code align-sentences --source-lang fr --target-lang en fr.txt en.txt}: beads on stdout. */
@Command(name = "align-sentences", mixinStandardHelpOptions = true,
        description = "Align two files of pre-split sentences (one per line); print beads [i,j]:[k], 0-based.")
final class AlignSentencesCommand implements Callable<Integer> {

    @Option(names = "--source-lang", required = true, description = "Source language, e.g. fr.")
    String sourceLang;

    @Option(names = "--target-lang", required = true, description = "Target language, e.g. en.")
    String targetLang;

    @Option(names = "--confidence", description = "Append each bead's confidence after a tab.")
    boolean confidence;

    @Parameters(index = "0", paramLabel = "SRC.txt")
    Path sourceFile;

    @Parameters(index = "1", paramLabel = "TGT.txt")
    Path targetFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Language sl = LanguageOption.parse(sourceLang, "--source-lang");
        Language tl = LanguageOption.parse(targetLang, "--target-lang");
        SegmentedDocument source = SentenceFiles.read(sourceFile, sl);
        SegmentedDocument target = SentenceFiles.read(targetFile, tl);
        PrintWriter err = spec.commandLine().getErr();
        for (String w : LengthLexicalAligner.warnings(source, target)) {
            err.println("visavis: warning: " + w);
        }
        err.flush();
        List<Bead> beads = LengthLexicalAligner.forLanguages(sl, tl).align(source, target);
        StringBuilder sb = new StringBuilder();
        for (Bead b : beads) {
            sb.append(b.notation());
            if (confidence) {
                sb.append('\t').append(String.format(java.util.Locale.ROOT, "%.3f", b.confidence()));
            }
            sb.append('\n');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(sb);
        out.flush();
        return 0;
    }
}
