package org.visavis.cli;

import java.io.PrintWriter;
import org.visavis.model.VisavisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code visavis} command line. Every subcommand reports bad input as one line on stderr
 * naming the file and the problem, and exits with code 2; {@code --verbose} adds the stack trace.
 */
@Command(name = "visavis",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Translation-alignment workbench: align a text with its translation, check it, export TMX.",
        subcommands = {
            AlignCommand.class,
            AlignSentencesCommand.class,
            SegmentCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            BenchSpeedCommand.class,
            BenchWordAlignCommand.class,
            BenchTermsCommand.class,
            DemoCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            GuiCommand.class,
            CheckCommand.class,
        })
public final class Main implements Runnable {

    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the aligner's stage timings and fitted models on stderr.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args1) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("visavis: " + ex.getMessage());
            e.println("Try 'visavis " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            e.flush();
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = matched(parseResult, "--verbose");
            PrintWriter e = commandLine.getErr();
            if (ex instanceof VisavisException) {
                e.println("visavis: " + ex.getMessage());
            } else if (exhausted(ex).isPresent()) {
                e.println("visavis: " + exhausted(ex).get());
                if (verbose) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return EXIT_BAD_INPUT;
            } else {
                e.println("visavis: internal error: " + ex);
            }
            if (verbose) {
                ex.printStackTrace(e);
            }
            e.flush();
            return ex instanceof VisavisException ? EXIT_BAD_INPUT : 3;
        });
        cli.setExecutionStrategy(parseResult -> {
            if (!matched(parseResult, "--debug")) {
                return new CommandLine.RunLast().execute(parseResult);
            }
            try (DebugLogging logging = DebugLogging.to(err)) {
                return new CommandLine.RunLast().execute(parseResult);
            }
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError ex) {
            // picocli hands Errors through; no stack trace reaches the user for these two
            err.println("visavis: " + exhausted(ex).orElseThrow());
            err.flush();
            return EXIT_BAD_INPUT;
        }
    }

    /**
     * What to tell a person whose input exhausted memory or stack, when that is what happened.
     * Errors are caught at the top only: the limits (InputLimit) should stop a big or deep file
     * before this, and nothing was written, since every file is saved atomically.
     */
    static java.util.Optional<String> exhausted(Throwable ex) {
        // jpackage's launcher (the installed visavis) sets jpackage.app-version and reads no VISAVIS_JAVA_OPTS
        return exhausted(ex, System.getProperty("jpackage.app-version") != null);
    }

    /** As {@link #exhausted(Throwable)}, naming the variable that gives Java more memory in an installed or a checkout visavis. */
    static java.util.Optional<String> exhausted(Throwable ex, boolean installed) {
        String moreMemory = installed ? "_JAVA_OPTIONS=\"-Xmx4g\"" : "VISAVIS_JAVA_OPTS=\"-Xmx4g\"";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return java.util.Optional.of("out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB): the input is too large; give Java more with " + moreMemory + " or split the text");
            }
            if (t instanceof StackOverflowError) {
                return java.util.Optional.of("the input nests too deeply to be read (stack overflow); "
                        + "simplify its structure");
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether an option was given, before the subcommand or after it. */
    private static boolean matched(CommandLine.ParseResult parseResult, String option) {
        return parseResult.hasMatchedOption(option)
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption(option));
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }
}
