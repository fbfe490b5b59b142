package org.visavis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "align", description = "Not built yet.")
final class AlignCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("align is not built yet");
    }
}
