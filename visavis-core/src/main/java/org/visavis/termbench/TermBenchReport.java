package org.visavis.termbench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.visavis.checks.CheckException;
import org.visavis.checks.Finding;
import org.visavis.project.AtomicFiles;

/**
 * Prints what {@link TermBenchmark} measured (a line per pair, recall by kind of deviation and by
 * single/multi-word term, findings per 1,000 beads, precision against judged lists) and writes
 * the planted cases and the unjudged findings as TSV for a person to read.
 */
public final class TermBenchReport {
    private final List<TermBenchmark.Result> results;

    public TermBenchReport(List<TermBenchmark.Result> results) {
        this.results = List.copyOf(results);
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s  %-22s %-22s %s%n", "pair", "beads", "terms", "cases",
                "found, no glossary", "found, with glossary", "term findings per 1,000 beads: real text / planted / planted+glossary");
        List<TermBenchmark.CaseResult> all = new ArrayList<>();
        for (TermBenchmark.Result r : results) {
            all.addAll(r.cases());
            out.printf(Locale.ROOT, "%-20s %6d %6d %6d  %-22s %-22s %.1f / %.1f / %.1f%n", r.name(), r.beads(),
                    r.recurringTerms(), r.cases().size(), ratio(r.cases(), TermBenchmark.CaseResult::withoutGlossary),
                    ratio(r.cases(), TermBenchmark.CaseResult::withGlossary),
                    perThousand(r.unplantedFindings().size(), r.beads()),
                    perThousand(r.plantedFindings().size(), (long) r.beads() * r.rounds()),
                    perThousand(r.plantedGlossaryFindings(), (long) r.beads() * r.rounds()));
        }
        out.printf(Locale.ROOT, "%-20s %6s %6s %6d  %-22s %-22s%n", "total", "", "", all.size(),
                ratio(all, TermBenchmark.CaseResult::withoutGlossary), ratio(all, TermBenchmark.CaseResult::withGlossary));
        out.println();
        out.printf(Locale.ROOT, "%-40s %6s  %-22s %-22s%n", "recall by kind", "cases", "no glossary", "with glossary");
        Map<String, List<TermBenchmark.CaseResult>> groups = new TreeMap<>();
        for (TermBenchmark.CaseResult c : all) {
            groups.computeIfAbsent(c.planted().kind().word() + ", " + c.planted().words(), k -> new ArrayList<>()).add(c);
            groups.computeIfAbsent("all, " + c.planted().words(), k -> new ArrayList<>()).add(c);
            groups.computeIfAbsent(c.planted().kind().word() + ", all", k -> new ArrayList<>()).add(c);
            if (!c.generalWord()) {
                groups.computeIfAbsent("all, no general word, " + c.planted().words(), k -> new ArrayList<>()).add(c);
            }
        }
        groups.forEach((group, cases) -> out.printf(Locale.ROOT, "%-40s %6d  %-22s %-22s%n", group, cases.size(),
                ratio(cases, TermBenchmark.CaseResult::withoutGlossary), ratio(cases, TermBenchmark.CaseResult::withGlossary)));
        out.flush();
    }

    /** Precision of each pair's term findings on the real text against {@code DIR/judged-findings-PAIR.tsv}. */
    public void printPrecision(Path judgedDir, PrintWriter out) {
        out.println();
        int real = 0;
        int judged = 0;
        for (TermBenchmark.Result r : results) {
            Path file = judgedDir.resolve("judged-findings-" + r.name() + ".tsv");
            if (!Files.isRegularFile(file)) {
                out.printf(Locale.ROOT, "precision %-20s no judged list (%s)%n", r.name(), file);
                continue;
            }
            JudgedFindings.Precision p = JudgedFindings.read(file).compare(r.unplantedFindings());
            real += p.real();
            judged += p.judged();
            out.printf(Locale.ROOT, "precision %-20s %d/%d judged worth a look (%s); %d unjudged, %d judged no longer found%n",
                    r.name(), p.real(), p.judged(), percent(p.real(), p.judged()), p.unjudged().size(), p.gone().size());
            for (Finding f : p.unjudged()) {
                out.println("  unjudged: " + f.beads() + " " + f.message());
            }
        }
        out.printf(Locale.ROOT, "precision %-20s %d/%d (%s)%n", "total", real, judged, percent(real, judged));
        out.flush();
    }

    /**
     * Writes planted-cases.tsv and, per pair, planted-findings-PAIR.tsv (the term findings of the
     * planted rounds, without a glossary) and unjudged-findings-PAIR.tsv (the verdict left to fill in).
     */
    public void write(Path folder, Optional<Path> judgedDir) {
        StringBuilder sb = new StringBuilder(
                "pair\tround\tkind\twords\tgeneral word\tsource term\tdominant rendering\tplanted\tbeads\tfound without glossary\tfound with glossary\tbefore\tafter\n");
        for (TermBenchmark.Result r : results) {
            for (TermBenchmark.CaseResult c : r.cases()) {
                PlantedCase p = c.planted();
                sb.append(String.join("\t", p.pair(), String.valueOf(p.round()), p.kind().word(), p.words(),
                        yesNo(c.generalWord()),
                        p.term().sourceForm(), p.term().renderingForm(), p.planted(), p.beads().toString(),
                        yesNo(c.withoutGlossary()), yesNo(c.withGlossary()), clean(String.join(" | ", p.before())),
                        clean(String.join(" | ", p.after())))).append('\n');
            }
        }
        save(folder.resolve("planted-cases.tsv"), sb.toString());
        for (TermBenchmark.Result r : results) {
            StringBuilder f = new StringBuilder("check\tbeads\tmessage\n");
            for (Finding x : r.plantedFindings()) {
                f.append(x.check()).append('\t').append(x.beads()).append('\t').append(clean(x.message())).append('\n');
            }
            save(folder.resolve("planted-findings-" + r.name() + ".tsv"), f.toString());
        }
        for (TermBenchmark.Result r : results) {
            List<Finding> findings = r.unplantedFindings();
            if (judgedDir.isPresent()) {
                Path file = judgedDir.get().resolve("judged-findings-" + r.name() + ".tsv");
                if (Files.isRegularFile(file)) {
                    findings = JudgedFindings.read(file).compare(findings).unjudged();
                }
            }
            reported(folder, r, judgedDir);
            StringBuilder u = new StringBuilder("# verdict (real|false)\treason\tfinding key... ; message and beads follow as a comment\n");
            for (Finding f : findings) {
                u.append("# ").append(clean(f.message())).append(" beads ").append(f.beads()).append('\n');
                u.append("?\t\t").append(f.key()).append('\n');
            }
            save(folder.resolve("unjudged-findings-" + r.name() + ".tsv"), u.toString());
        }
    }

    /**
     * Writes reported-findings-PAIR.tsv: each term finding on the unplanted text, most confident
     * first, with its verdict from the judged list (real, false, or ? when unjudged).
     */
    private static void reported(Path folder, TermBenchmark.Result r, Optional<Path> judgedDir) {
        Map<String, JudgedFindings.Judgement> judged = judgedDir.map(d -> d.resolve("judged-findings-" + r.name() + ".tsv"))
                .filter(Files::isRegularFile).map(f -> JudgedFindings.read(f).judgements()).orElse(Map.of());
        StringBuilder sb = new StringBuilder("verdict\tconfidence\tbeads\tmessage\treason judged\tfinding key\n");
        r.unplantedFindings().stream().filter(FindingMatch::isTermFinding)
                .sorted((a, b) -> Double.compare(b.confidence(), a.confidence())).forEach(f -> {
                    JudgedFindings.Judgement j = judged.get(f.key());
                    sb.append(j == null ? "?" : j.real() ? "real" : "false").append('\t')
                            .append(String.format(Locale.ROOT, "%.3f", f.confidence())).append('\t').append(f.beads())
                            .append('\t').append(clean(f.message())).append('\t').append(j == null ? "" : clean(j.reason()))
                            .append('\t').append(f.key()).append('\n');
                });
        save(folder.resolve("reported-findings-" + r.name() + ".tsv"), sb.toString());
    }

    private static void save(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CheckException(file.getParent() + ": cannot create the folder (" + e.getMessage() + ")");
        }
        AtomicFiles.write(file, w -> w.write(text), AtomicFiles.BackupPolicy.NO_BAK);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String ratio(List<TermBenchmark.CaseResult> cases, Predicate<TermBenchmark.CaseResult> found) {
        long n = cases.stream().filter(found).count();
        return n + "/" + cases.size() + " " + percent(n, cases.size());
    }

    private static String percent(long n, long of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    private static double perThousand(long n, long beads) {
        return beads == 0 ? 0 : 1000.0 * n / beads;
    }
}
