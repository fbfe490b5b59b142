package org.visavis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.visavis.align.AlignmentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-speed --scale 8 --scale 16 DIR...}: concatenates the benchmark folders' texts N
 * times and times whole {@code align-sentences} processes on them under a heap limit (median of
 * several runs), so speed and memory are measured as a user meets them, not in a unit test.
 */
@Command(name = "bench-speed", mixinStandardHelpOptions = true,
        description = "Time align-sentences on benchmark texts concatenated N times (whole process, median of runs).")
final class BenchSpeedCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Benchmark folders of one language pair.")
    List<Path> dirs;

    @Option(names = "--scale", defaultValue = "8", description = "How many times to repeat the texts (repeatable).")
    List<Integer> scales;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per scale; the median is reported.")
    int runs;

    @Option(names = "--heap", defaultValue = "1g", description = "Heap limit of the timed process (-Xmx).")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<BenchFolder> folders = dirs.stream().map(BenchFolder::of).toList();
        BenchFolder first = folders.get(0);
        for (BenchFolder f : folders) {
            if (!f.source().equals(first.source()) || !f.target().equals(first.target())) {
                throw new AlignmentException(f.dir() + ": language pair " + f.source() + "-" + f.target()
                        + " differs from " + first.source() + "-" + first.target());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("visavis-bench-speed");
        double previous = 0;
        try {
            for (int scale : scales) {
                Path src = work.resolve("source." + scale + ".txt");
                Path tgt = work.resolve("target." + scale + ".txt");
                int n = concatenate(folders.stream().map(BenchFolder::sourceFile).toList(), scale, src);
                int m = concatenate(folders.stream().map(BenchFolder::targetFile).toList(), scale, tgt);
                double[] seconds = new double[runs];
                for (int r = 0; r < runs; r++) {
                    seconds[r] = timeRun(first, src, tgt, work.resolve("beads.txt"));
                }
                double[] sorted = seconds.clone();
                Arrays.sort(sorted);
                double median = sorted[runs / 2];
                out.printf(Locale.ROOT, "scale=%d sentences=%d/%d heap=%s median_seconds=%.2f runs=%s%s%n", scale, n, m,
                        heap, median, Arrays.toString(seconds).replaceAll("(\\.\\d\\d)\\d*", "$1"),
                        previous > 0 ? String.format(Locale.ROOT, " ratio_to_previous=%.2f", median / previous) : "");
                out.flush();
                previous = median;
            }
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
        return 0;
    }

    private double timeRun(BenchFolder f, Path src, Path tgt, Path beads) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "align-sentences",
                "--source-lang", f.source().tag(), "--target-lang", f.target().tag(), src.toString(), tgt.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(beads.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new AlignmentException(src + ": align-sentences failed with exit code " + code
                    + " (out of memory under -Xmx" + heap + "?)");
        }
        return seconds;
    }

    private static int concatenate(List<Path> files, int times, Path into) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            for (Path f : files) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        Files.write(into, lines, StandardCharsets.UTF_8);
        return lines.size();
    }
}
