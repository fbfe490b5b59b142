package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.checks.CheckException;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.project.ProjectStore;
import org.visavis.termbench.TermBenchReport;
import org.visavis.termbench.TermBenchmark;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-terms PROJECT... [--pair SRC TGT]... [--glossary G]}: plants single term
 * deviations in real aligned pairs and prints how many the term checks find, without and with a
 * glossary, by kind; the term findings per 1,000 beads; and the precision of the findings on the
 * real text against hand-judged lists.
 */
@Command(name = "bench-terms", mixinStandardHelpOptions = true,
        description = {"Plant single term deviations (a word of the same stem, a lexicon synonym, another rendering "
                + "the text uses) in real aligned pairs and measure the term checks: recall without and with a "
                + "glossary, by kind and single/multi-word term; term findings per 1,000 beads; precision on the "
                + "unplanted text against judged lists.",
                "Writes OUT/planted-cases.tsv and OUT/unjudged-findings-PAIR.tsv."})
final class BenchTermsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PROJECT", description = "Aligned projects (e.g. alignments/demo); the folder name names the pair.")
    List<Path> projects = List.of();

    @Option(names = "--pair", arity = "2", paramLabel = "FILE", description = "A source document and its translation to align first (repeatable).")
    List<Path> pairFiles = List.of();

    @Option(names = "--source-lang", defaultValue = "fr", description = "Source language of --pair documents (default: ${DEFAULT-VALUE}).")
    String sourceLang;

    @Option(names = "--target-lang", defaultValue = "en", description = "Target language of --pair documents (default: ${DEFAULT-VALUE}).")
    String targetLang;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary added to the one made of the planted terms (and checked with in every run).")
    Path glossary;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cases", defaultValue = "60", description = "Cases to plant per pair at most (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--rounds", defaultValue = "3", description = "Planting rounds per pair at most; the terms of one round share no word; 0 plants nothing and measures precision only (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--min-beads", defaultValue = "5", description = "Beads a source term must occur in to be planted (default: ${DEFAULT-VALUE}).")
    int minBeads;

    @Option(names = "--judged", paramLabel = "DIR", description = "Folder of judged-findings-PAIR.tsv (default: HOME/visavis-app/src/test/resources/org/visavis/termbench).")
    Path judged;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "alignments/bench-terms", description = "Where the planted cases and unjudged findings go (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (projects.isEmpty() && pairFiles.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one PROJECT or --pair SRC TGT");
        }
        TermBenchmark.Settings settings;
        try {
            settings = new TermBenchmark.Settings(seed, cases, rounds, minBeads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        List<Named> pairs = pairs();
        Path judgedDir = judged != null ? judged
                : Path.of(System.getProperty("visavis.home", ".")).resolve("visavis-app/src/test/resources/org/visavis/termbench");
        List<TermBenchmark.Result> results = new ArrayList<>();
        TermBenchmark bench = new TermBenchmark(settings);
        for (Named p : pairs) {
            Optional<Glossary> g = glossary == null ? Optional.empty() : Optional.of(GlossaryFormat.forFile(glossary)
                    .read(glossary, p.alignment().source().language(), p.alignment().target().language()));
            results.add(bench.run(p.name(), p.alignment(), g, line -> {
                o.println(line);
                o.flush();
            }));
        }
        o.println();
        TermBenchReport report = new TermBenchReport(results);
        report.print(o);
        report.printPrecision(judgedDir, o);
        Optional<Path> judgedFolder = Files.isDirectory(judgedDir) ? Optional.of(judgedDir) : Optional.empty();
        report.write(out, judgedFolder);
        o.println("planted cases: " + out.resolve("planted-cases.tsv"));
        o.println("seconds: " + AlignmentSummary.seconds(start));
        o.flush();
        return 0;
    }

    private record Named(String name, Alignment alignment) {
    }

    private List<Named> pairs() {
        List<Named> pairs = new ArrayList<>();
        ProjectStore store = new ProjectStore();
        for (Path p : projects) {
            if (!ProjectStore.isProject(p)) {
                throw new CheckException(p + ": not a visavis project (no " + ProjectStore.ALIGNMENT_FILE + ")");
            }
            pairs.add(new Named(p.toAbsolutePath().normalize().getFileName().toString(), store.load(p).alignment()));
        }
        if (!pairFiles.isEmpty()) {
            Language sl = LanguageOption.parse(sourceLang, "--source-lang");
            Language tl = LanguageOption.parse(targetLang, "--target-lang");
            AlignmentPipeline pipeline = new AlignmentPipeline();
            for (int i = 0; i + 1 < pairFiles.size(); i += 2) {
                Path s = pairFiles.get(i);
                Alignment a = pipeline.run(new AlignmentRequest(s, pairFiles.get(i + 1), sl, tl, Optional.empty()),
                        Progress.SILENT);
                String name = s.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                pairs.add(new Named(name, a));
            }
        }
        return pairs;
    }
}
