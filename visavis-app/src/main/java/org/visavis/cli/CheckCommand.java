package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.visavis.checks.BeadNumbers;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.CheckedText;
import org.visavis.checks.Finding;
import org.visavis.checks.FindingsReport;
import org.visavis.checks.IgnoredFindings;
import org.visavis.checks.Severity;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.VisavisException;
import org.visavis.pipeline.Progress;
import org.visavis.project.ProjectStore;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code visavis check PROJECT [--glossary FILE] [--report FILE.json/.html/.csv] [--fail-on SEVERITY]}
 * and {@code visavis check FILE --lang L}: terminology and QA checks. Prints one line per finding
 * and a summary; exits 1 when a finding reaches {@code --fail-on}, 2 on bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Terminology and QA checks on an aligned project, or the one-language checks "
                + "(spelling variants, grammar) on a single document; --checks lists the checks."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT|FILE", description = "A project folder, or a document with --lang.")
    Path input;

    @Option(names = "--lang", paramLabel = "L", description = "Language of a single document (e.g. en).")
    String lang;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary (.tbx, .tsv, .csv) for term-missing and term-forbidden (a single document: term-forbidden).")
    Path glossary;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a report (.json, .csv, .html); may be repeated.")
    List<Path> reports = List.of();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding is at least this severe (info, warning, error).")
    String failOn;

    @Option(names = "--checks", paramLabel = "IDS", split = ",", completionCandidates = Choices.CheckIds.class,
            description = "Run only these checks (comma-separated ids): ${COMPLETION-CANDIDATES} "
                    + "(term-missing and term-forbidden need --glossary).")
    List<String> checks = List.of();

    @Option(names = "--languagetool", paramLabel = "CATEGORIES", split = ",", defaultValue = "grammar",
            description = "LanguageTool rule categories for the languagetool check: grammar, typography, spelling, "
                    + "style, punctuation (in any language) or LanguageTool's own category ids (e.g. CAT_GRAMMAIRE "
                    + "for French), comma-separated, or none. Default: ${DEFAULT-VALUE}.")
    List<String> languageToolCategories;

    @Option(names = "--declared", paramLabel = "on|off", defaultValue = "on",
            description = "Hold the text to the renderings its notes declare (\"X, which we have rendered throughout as Y\"): "
                    + "term-declared, and term-missing on a project. Default: ${DEFAULT-VALUE}.")
    String declared;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0.5",
            description = "Report only term-inconsistency and alignment-question findings at least this sure (0..1; 0 lists every guess). Default: ${DEFAULT-VALUE}.")
    double minConfidence;

    @Option(names = "--show-ignored", description = "Also list the findings dismissed in the project's ignored-findings.txt.")
    boolean showIgnored;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Optional<Severity> threshold = Optional.ofNullable(failOn).map(CheckCommand::severity);
        CheckOptions options = options();
        if (glossary == null && (checks.contains("term-missing") || checks.contains("term-forbidden"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--checks term-missing and term-forbidden need a glossary: give --glossary FILE");
        }
        List<Finding> findings;
        CheckedText text;
        if (ProjectStore.isProject(input)) {
            if (lang != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        input + " is a project: its languages are in its files; --lang is for a single document");
            }
            Alignment alignment = new ProjectStore().load(input).alignment();
            requireLanguagesSet(input, alignment);
            requireLanguageToolCategories(options, alignment.target().language());
            noteLanguagesWithoutModule(alignment.source().language(), alignment.target().language());
            if (glossary != null) {
                Glossary g = GlossaryFormat.forFile(glossary).read(glossary, alignment.source().language(),
                        alignment.target().language());
                options = options.withGlossary(g);
            }
            for (Path report : reports) {
                if (new ProjectStore().isOwnFile(input, report)) {
                    throw new VisavisException(report + ": is one of the project's own files (or its lock or backup);"
                            + " write the report to another file");
                }
            }
            IgnoredFindings ignored = showIgnored ? IgnoredFindings.NONE : IgnoredFindings.load(input);
            findings = CheckSuite.run(alignment, options, ignored, Progress.SILENT);
            text = CheckedText.of(alignment);
        } else {
            if (Files.isDirectory(input)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        input + ": not a visavis project (no " + ProjectStore.ALIGNMENT_FILE + ")");
            }
            if (lang == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        input + " is a single document: give its language with --lang (e.g. --lang en)");
            }
            Language language = LanguageOption.parse(lang, "--lang");
            requireLanguageToolCategories(options, language);
            noteLanguagesWithoutModule(language);
            if (glossary != null) {
                // a translation alone: the glossary's forbidden renderings in it
                options = options.withGlossary(GlossaryFormat.forFile(glossary).readTowards(glossary, language));
            }
            SegmentedDocument document = SingleDocument.read(input, language);
            findings = CheckSuite.run(document, options, IgnoredFindings.NONE);
            text = CheckedText.of(document);
        }
        for (Path report : reports) {
            FindingsReport.forFile(report).save(findings, text, report);
        }
        print(findings, spec.commandLine().getOut());
        spec.commandLine().getOut().println("seconds: " + AlignmentSummary.seconds(start));
        spec.commandLine().getOut().flush();
        boolean fail = threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold.get()));
        return fail ? 1 : 0;
    }

    private CheckOptions options() {
        Set<String> categories = new LinkedHashSet<>();
        for (String c : languageToolCategories) {
            if (!c.isBlank() && !c.equalsIgnoreCase("none")) {
                categories.add(c.strip());
            }
        }
        CheckOptions.DeclaredRenderings held = switch (declared.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> CheckOptions.DeclaredRenderings.HELD;
            case "off" -> CheckOptions.DeclaredRenderings.IGNORED;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--declared: '" + declared + "' is neither on nor off");
        };
        if (held == CheckOptions.DeclaredRenderings.IGNORED && checks.contains("term-declared")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--checks term-declared and --declared off contradict each other; drop one");
        }
        try {
            return CheckOptions.defaults().withChecks(Set.copyOf(checks)).withLanguageToolCategories(categories)
                    .withDeclaredRenderings(held).withMinConfidence(minConfidence);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("the minimum confidence")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence: " + e.getMessage());
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "--checks: " + e.getMessage());
        }
    }

    /**
     * A project whose document says "und" (what an import writes when a TMX or XLIFF does not name
     * its languages) cannot be checked: the error names that document, before a glossary's
     * languages are compared with it.
     */
    private static void requireLanguagesSet(Path project, Alignment alignment) {
        List<Path> files = new ProjectStore().currentFiles(project);
        List<SegmentedDocument> sides = List.of(alignment.source(), alignment.target());
        for (int i = 0; i < sides.size(); i++) {
            Language language = sides.get(i).language();
            if (language.isUndetermined()) {
                throw new VisavisException(files.get(i + 1) + ": the project's " + (i == 0 ? "source" : "target")
                        + " language is not set (xml:lang=\"" + language + "\"); write the document's language there"
                        + " (e.g. xml:lang=\"" + (i == 0 ? "fr" : "en") + "\") or align or import it again with --"
                        + (i == 0 ? "source" : "target") + "-lang");
            }
        }
    }

    /** Says on stderr, once a language, that a language has no module and is checked without its knowledge. */
    private void noteLanguagesWithoutModule(Language... languages) {
        java.util.Arrays.stream(languages).filter(l -> !LanguageKnowledge.served(l))
                .map(Language::withoutRegion).distinct()
                .forEach(l -> spec.commandLine().getErr().println("visavis: note: " + LanguageKnowledge.fallbackNote(l)));
    }

    /** An unknown category name is a usage error, found before anything is read or checked. */
    private void requireLanguageToolCategories(CheckOptions options, Language language) {
        if (!options.runs(org.visavis.checks.LanguageToolCheck.ID) || !LanguageKnowledge.served(language)) {
            return;
        }
        try {
            LanguageKnowledge.proofreadingCategories(language, options.languageToolCategories());
        } catch (org.visavis.model.VisavisException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--languagetool: " + e.getMessage());
        }
    }

    private static Severity severity(String word) {
        try {
            return Severity.parse(word);
        } catch (IllegalArgumentException e) {
            throw new org.visavis.checks.CheckException("--fail-on: " + e.getMessage());
        }
    }

    private static void print(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(f.severity().word() + "\t" + f.check() + "\t[" + BeadNumbers.list(f.beads()) + "]\t" + f.message());
        }
        java.util.Map<Severity, Integer> counts = new java.util.EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        out.println(findings.size() + (findings.size() == 1 ? " finding" : " findings") + " ("
                + counts.getOrDefault(Severity.ERROR, 0) + " errors, " + counts.getOrDefault(Severity.WARNING, 0)
                + " warnings, " + counts.getOrDefault(Severity.INFO, 0) + " info)");
        out.flush();
    }
}
