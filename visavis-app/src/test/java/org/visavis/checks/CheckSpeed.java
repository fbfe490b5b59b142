package org.visavis.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Prints how long {@code visavis check} takes on the first N beads of a project, in both
 * directions (the project as aligned, and reversed), as whole processes under
 * {@code /usr/bin/time -v}: the terminology checks ({@code --languagetool none}) and the default
 * set (with LanguageTool's grammar rules). Median of the runs, peak memory, CPU use. Not a test:
 * figures, no thresholds.
 *
 * <pre>
 * ./visavis align ../shared/corpora/debian-reference/debian-reference.en.pdf \
 *     ../shared/corpora/debian-reference/debian-reference.fr.pdf --source-lang en --target-lang fr \
 *     --name ref-en-fr --out /tmp/bench
 * java -cp target/visavis.jar:target/test-classes org.visavis.checks.CheckSpeed /tmp/bench/ref-en-fr 3000 3
 * </pre>
 */
public final class CheckSpeed {
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time.*: (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("Percent of CPU this job got: (\\d+)%");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): (\\d+(?:\\.\\d+)?)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): (\\d+(?:\\.\\d+)?)");

    private CheckSpeed() {
    }

    /**
     * One timed process: wall seconds, CPU seconds (user and system: the machine may be shared),
     * peak memory, CPU percentage (200 = both cores busy).
     */
    private record Run(double seconds, double cpuSeconds, long peakKb, int cpuPercent) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: CheckSpeed PROJECT BEADS [RUNS]");
            System.exit(2);
        }
        Alignment whole = new ProjectStore().load(Path.of(args[0])).alignment();
        int beads = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("visavis-check-speed");
        System.out.println("projects in " + work);
        Alignment forward = firstBeads(whole, beads);
        List<Alignment> directions = List.of(forward, reversed(forward));
        for (Alignment a : directions) {
            String pair = a.source().language() + "-" + a.target().language();
            Path folder = work.resolve(pair);
            new ProjectStore().save(new Project(folder, a));
            for (List<String> options : List.of(List.of("--languagetool", "none"), List.<String>of())) {
                List<Run> timed = new ArrayList<>();
                try {
                    for (int r = 0; r < runs; r++) {
                        timed.add(time(folder, options));
                    }
                } catch (IllegalStateException e) {
                    System.out.println(pair + " checks=" + (options.isEmpty() ? "default" : "terminology") + " " + e.getMessage());
                    continue;
                }
                double[] seconds = timed.stream().mapToDouble(Run::seconds).sorted().toArray();
                long peak = timed.stream().mapToLong(Run::peakKb).max().orElse(0);
                int cpu = timed.stream().mapToInt(Run::cpuPercent).sorted().toArray()[runs / 2];
                double cpuSeconds = timed.stream().mapToDouble(Run::cpuSeconds).sorted().toArray()[runs / 2];
                System.out.printf(Locale.ROOT, "%s beads=%d checks=%s median_seconds=%.1f runs=%s median_cpu_seconds=%.1f"
                                + " cpu=%d%% peak_mb=%d load=%.1f%n",
                        pair, a.beads().size(), options.isEmpty() ? "default" : "terminology(--languagetool none)",
                        seconds[runs / 2], Arrays.toString(timed.stream().mapToDouble(Run::seconds).toArray()),
                        cpuSeconds, cpu, peak / 1024,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static Run time(Path project, List<String> options) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v", java, "-Xmx2g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.visavis.cli.Main", "check",
                project.toString()));
        cmd.addAll(options);
        Path err = Files.createTempFile("check-speed", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        String report = Files.readString(err);
        Files.delete(err);
        if (code != 0 && code != 1) {
            throw new IllegalStateException(project + ": check failed with exit code " + code + ": "
                    + report.lines().findFirst().orElse(""));
        }
        Matcher wall = WALL.matcher(report);
        Matcher rss = RSS.matcher(report);
        Matcher cpu = CPU.matcher(report);
        Matcher user = USER.matcher(report);
        Matcher system = SYSTEM.matcher(report);
        if (!wall.find() || !rss.find() || !cpu.find() || !user.find() || !system.find()) {
            throw new IllegalStateException("/usr/bin/time -v gave no figures: " + report);
        }
        double seconds = (wall.group(1) == null ? 0 : Integer.parseInt(wall.group(1)) * 3600)
                + Integer.parseInt(wall.group(2)) * 60 + Double.parseDouble(wall.group(3));
        return new Run(seconds, Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)),
                Long.parseLong(rss.group(1)), Integer.parseInt(cpu.group(1)));
    }

    /** The first {@code n} beads and the sentences and paragraphs they cover. */
    static Alignment firstBeads(Alignment a, int n) {
        List<Bead> beads = a.beads().subList(0, Math.min(n, a.beads().size()));
        int sources = beads.stream().flatMap(b -> b.source().stream()).mapToInt(i -> i + 1).max().orElse(0);
        int targets = beads.stream().flatMap(b -> b.target().stream()).mapToInt(i -> i + 1).max().orElse(0);
        return new Alignment(prefix(a.source(), sources), prefix(a.target(), targets), beads);
    }

    private static SegmentedDocument prefix(SegmentedDocument d, int sentences) {
        List<Segment> segments = d.segments().subList(0, sentences);
        int paragraphs = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).paragraph() + 1;
        List<Paragraph> kept = d.paragraphs().subList(0, paragraphs);
        return new SegmentedDocument(d.name(), d.language(), kept, segments);
    }

    static Alignment reversed(Alignment a) {
        List<Bead> beads = a.beads().stream()
                .map(b -> new Bead(b.target(), b.source(), b.confidence(), b.status())).toList();
        return new Alignment(a.target(), a.source(), beads);
    }
}
