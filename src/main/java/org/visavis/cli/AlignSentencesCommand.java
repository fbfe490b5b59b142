package org.visavis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "align-sentences", description = "Not built yet.")
final class AlignSentencesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("align-sentences is not built yet");
    }
}
