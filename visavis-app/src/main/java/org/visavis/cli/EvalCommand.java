package org.visavis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.visavis.align.AlignmentException;
import org.visavis.eval.BeadFile;
import org.visavis.eval.StrictLaxScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval GOLD OUT [GOLD OUT ...]}: strict and lax P/R/F1, micro-averaged. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score bead files against gold bead files: strict and lax precision, recall, F1 (micro average).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "GOLD OUT", description = "Pairs of gold and output bead files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (files.size() % 2 != 0) {
            throw new AlignmentException(files.get(files.size() - 1) + ": has no partner (give GOLD OUT pairs)");
        }
        List<StrictLaxScore.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            pairs.add(new StrictLaxScore.Pair(BeadFile.read(files.get(i)), BeadFile.read(files.get(i + 1))));
        }
        spec.commandLine().getOut().println(StrictLaxScore.of(pairs).format());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
